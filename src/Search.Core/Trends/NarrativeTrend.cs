using Search.Core.Batch;

namespace Search.Core.Trends;

/// <summary>The counts of one narrative, or the error that kept it from being counted.</summary>
/// <param name="Query">The narrative as its input line gave it.</param>
/// <param name="Rows">Its rows: by period, then unit in the order asked; empty when it failed.</param>
/// <param name="Error">Why it could not be counted (the same message <c>search query</c> prints), or null.</param>
/// <param name="Notes">What the user should know about how its query was read.</param>
public sealed record NarrativeTrend(BatchQuery Query, IReadOnlyList<TrendRow> Rows, string? Error, IReadOnlyList<string> Notes);
