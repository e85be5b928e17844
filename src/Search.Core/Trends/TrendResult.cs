namespace Search.Core.Trends;

/// <summary>A trend: every narrative's counts in every period, with the periods and how the counts were made.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Units">The units counted, in order.</param>
/// <param name="Periods">Every period from the first day to the last, then <c>undated</c>.</param>
/// <param name="First">The first day counted, or null when nothing has a date and no <c>From</c> was given.</param>
/// <param name="Last">The last day counted, or null likewise.</param>
/// <param name="Narratives">Each narrative's counts, in input order.</param>
/// <param name="Notes">What the user should know about the whole table (nothing in the index has a date).</param>
/// <param name="RanAt">When the counts were made.</param>
public sealed record TrendResult(
    TrendRequest Request,
    IReadOnlyList<TrendUnit> Units,
    IReadOnlyList<PeriodSpan> Periods,
    DateOnly? First,
    DateOnly? Last,
    IReadOnlyList<NarrativeTrend> Narratives,
    IReadOnlyList<string> Notes,
    DateTimeOffset RanAt);
