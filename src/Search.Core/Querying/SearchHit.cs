using Search.Core.Snippets;

namespace Search.Core.Querying;

/// <summary>One matching article.</summary>
/// <param name="Rank">1 for the best hit, counting across pages.</param>
/// <param name="Id">The article id.</param>
/// <param name="Score">Its BM25-based score.</param>
/// <param name="Title">Its title.</param>
/// <param name="Source">Its site, where known.</param>
/// <param name="Published">Its date, where known.</param>
/// <param name="Path">The corpus file it came from, relative to the corpus folder.</param>
/// <param name="Matches">Where it matched: title, body, and the best-matching comments.</param>
/// <param name="MoreComments">How many more comments matched than <see cref="Matches"/> lists.</param>
/// <param name="Explanation">Why it scored what it did, when asked for.</param>
public sealed record SearchHit(
    int Rank,
    string Id,
    float Score,
    string Title,
    string? Source,
    string? Published,
    string Path,
    IReadOnlyList<HitMatch> Matches,
    int MoreComments,
    string? Explanation)
{
    /// <summary>Its thread as the query sees it, where hits are shown with their matches; null otherwise.</summary>
    public HitThread? Thread { get; init; }

    /// <summary>With <see cref="SearchRequest.Collapse"/>: how many matching copies of this article it stands for (left out of the hits); 0 otherwise.</summary>
    public int Copies { get; init; }
}
