namespace Search.Core.Copies;

/// <summary>A group of copies: articles republished with small changes, or one comment posted more than once.</summary>
/// <param name="Number">Its number, from 1: article groups first, each kind largest first, then earliest first; the same whichever kind or size is listed.</param>
/// <param name="Kind">Articles or comments.</param>
/// <param name="Text">For comments: the first member's text, as posted; null for articles.</param>
/// <param name="Members">Its members, earliest first (by date, then article id, then place in the thread): the first stands for the group when copies are counted once.</param>
public sealed record CopyCluster(int Number, CopyKind Kind, string? Text, IReadOnlyList<CopyMember> Members)
{
    /// <summary>The least similarity of a member to the first.</summary>
    public double MinSimilarity => Members.Skip(1).Select(m => m.Similarity).DefaultIfEmpty(1).Min();

    /// <summary>The greatest similarity of a member to the first.</summary>
    public double MaxSimilarity => Members.Skip(1).Select(m => m.Similarity).DefaultIfEmpty(1).Max();
}
