namespace Search.Core.Querying;

/// <summary>The answer to a query.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Total">How many articles match, exactly.</param>
/// <param name="Hits">The requested page of them, best first.</param>
/// <param name="Suggestions">When nothing matched: close spellings of query words that the index holds.</param>
public sealed record SearchResults(string Query, int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<SpellingSuggestion> Suggestions)
{
    /// <summary>One line each about how the query was read (a query of stop words only was searched as written); empty as a rule.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>In the comments and dense scopes, how many comments matched on their own in the threads counted; null in the others.</summary>
    public long? Comments { get; init; }

    /// <summary>
    /// With <see cref="SearchRequest.Collapse"/>: how many articles match with each group of copies counted once
    /// (<see cref="Total"/> counts every copy); the hits are then these. Null without it.
    /// </summary>
    public int? TotalCollapsed { get; init; }

    /// <summary>With <see cref="SearchRequest.Collapse"/>, in the comments and dense scopes: <see cref="Comments"/> with each group of pasted comments counted once.</summary>
    public long? CommentsCollapsed { get; init; }
}
