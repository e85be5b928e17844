namespace Search.Core.Trends;

/// <summary>One count of a trend: a narrative's matches in one period, in one unit, and out of what.</summary>
/// <param name="Narrative">The narrative's id.</param>
/// <param name="Period">The period's ISO name (<c>2023-04</c>, <c>2023-W13</c>), or <c>undated</c>.</param>
/// <param name="Unit">What is counted.</param>
/// <param name="Count">How many articles or comments match, or how many occurrences there are, in the period.</param>
/// <param name="Total">How many articles or comments the period has in scope, whatever they say; null for occurrences.</param>
/// <param name="Ratio"><paramref name="Count"/> / <paramref name="Total"/>; null where the total is 0 and for occurrences.</param>
public sealed record TrendRow(string Narrative, string Period, TrendUnit Unit, long Count, long? Total, double? Ratio);
