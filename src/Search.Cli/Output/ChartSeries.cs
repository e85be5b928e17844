namespace Search.Cli.Output;

/// <summary>
/// One line of a trend chart: a value for each period. <paramref name="X"/> holds the start of each period (a day, the
/// Monday of an ISO week, the first day of a month, quarter or year), in time order; <paramref name="Y"/> the value for
/// it, or null where the period has none (a share whose denominator is 0), which the chart leaves as a gap.
/// </summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<DateTime> X, IReadOnlyList<double?> Y);
