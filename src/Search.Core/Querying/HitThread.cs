namespace Search.Core.Querying;

/// <summary>A hit's thread as the query sees it: how many of its comments match on their own, and whether its title or body does.</summary>
/// <param name="Comments">How many comments the thread has.</param>
/// <param name="Matching">How many of them match the query, each on its own.</param>
/// <param name="BodyMatches">Whether the title and body match it without the comments.</param>
public sealed record HitThread(int Comments, int Matching, bool BodyMatches)
{
    /// <summary>The share of the comments that match, 0 to 1; 0 for a thread without comments.</summary>
    public double Density => Comments == 0 ? 0 : (double)Matching / Comments;
}
