namespace Search.Core.Schema;

/// <summary>Which threads <see cref="SearchScope.Dense"/> keeps: at least <paramref name="Percent"/>% of at least <paramref name="MinComments"/> comments match.</summary>
/// <param name="Percent">The least share of a thread's comments that must match, 0 to 100.</param>
/// <param name="MinComments">The fewest comments a thread must have, 1 or more.</param>
public sealed record DenseThreads(double Percent = DenseThreads.DefaultPercent, int MinComments = DenseThreads.DefaultMinComments)
{
    /// <summary>The share a thread must reach unless told: a quarter of its comments.</summary>
    public const double DefaultPercent = 25;

    /// <summary>The thread length unless told: below five comments, a share says little.</summary>
    public const int DefaultMinComments = 5;

    /// <summary>Whether a thread of <paramref name="comments"/> comments, <paramref name="matching"/> of them matching, is dense.</summary>
    public bool Holds(int matching, int comments) =>
        matching > 0 && comments >= MinComments && matching * 100.0 >= Percent * comments;
}
