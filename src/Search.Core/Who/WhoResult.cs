using Search.Core.Trends;

namespace Search.Core.Who;

/// <summary>Who says each narrative: its groups with their matches and totals.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Unit">What was counted: articles or comments.</param>
/// <param name="Periods">With <see cref="WhoRequest.ByPeriod"/>, every period counted then <c>undated</c>; empty otherwise.</param>
/// <param name="Narratives">Each narrative's groups, in input order.</param>
/// <param name="Notes">What the user should know about the whole table (no comment names its author).</param>
/// <param name="RanAt">When the counts were made.</param>
public sealed record WhoResult(
    WhoRequest Request,
    TrendUnit Unit,
    IReadOnlyList<PeriodSpan> Periods,
    IReadOnlyList<NarrativeWho> Narratives,
    IReadOnlyList<string> Notes,
    DateTimeOffset RanAt);
