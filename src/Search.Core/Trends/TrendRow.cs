namespace Search.Core.Trends;

/// <summary>One count of a trend: a narrative's matches in one period, in one unit, and out of what.</summary>
/// <param name="Narrative">The narrative's id.</param>
/// <param name="Period">The period's ISO name (<c>2023-04</c>, <c>2023-W13</c>), or <c>undated</c>.</param>
/// <param name="Unit">What is counted.</param>
/// <param name="Count">How many articles or comments match, or how many occurrences there are, in the period.</param>
/// <param name="Total">How many articles or comments the period has in scope, whatever they say; null for occurrences.</param>
/// <param name="Ratio"><paramref name="Count"/> / <paramref name="Total"/>; null where the total is 0 and for occurrences.</param>
public sealed record TrendRow(string Narrative, string Period, TrendUnit Unit, long Count, long? Total, double? Ratio)
{
    /// <summary>With copies counted once (<see cref="TrendRequest.Collapse"/>): <see cref="Count"/> with each group of copies once, in the period of its earliest member counted; null otherwise.</summary>
    public long? CountCollapsed { get; init; }

    /// <summary>With copies counted once: <see cref="Total"/> with each group of copies once; null otherwise, and for occurrences.</summary>
    public long? TotalCollapsed { get; init; }

    /// <summary>With copies counted once: <see cref="CountCollapsed"/> / <see cref="TotalCollapsed"/>; null where that total is 0, without collapse, and for occurrences.</summary>
    public double? RatioCollapsed => TotalCollapsed > 0 && CountCollapsed is { } count ? (double)count / TotalCollapsed.Value : null;
}
