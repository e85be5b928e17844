using Search.Core.Trends;

namespace Search.Cli.Output;

/// <summary>
/// The chart of a trend (<c>--plot</c>): one line per narrative over the dated periods, of the first unit counted:
/// its share of all articles or comments, or its count with <c>--raw</c> (occurrences are always counts). Undated
/// articles and comments have no place on a time axis; the tables count them.
/// </summary>
internal static class TrendChartWriter
{
    /// <summary>The file extensions a chart can be written as.</summary>
    public static IReadOnlySet<string> Formats { get; } = new HashSet<string> { ".svg", ".png" };

    /// <summary>Writes the chart; the file appears whole or not at all.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static void Write(string path, TrendResult result, bool raw)
    {
        var unit = result.Units[0];
        var counts = raw || unit == TrendUnit.Occurrences;
        var dated = result.Periods.Where(p => p.Start is not null).ToList();
        var x = dated.Select(p => p.Start!.Value.ToDateTime(TimeOnly.MinValue)).ToList();
        var series = result.Narratives
            .Where(n => n.Error is null)
            .Select(n =>
            {
                var rows = n.Rows.Where(r => r.Unit == unit).ToDictionary(r => r.Period);
                return new ChartSeries(n.Query.Id, x, [.. dated.Select(p => rows.TryGetValue(p.Name, out var row) ? (counts ? row.Count : row.Ratio) : null)]);
            })
            .ToList();
        var period = TrendNames.Of(result.Request.Period);
        var what = TrendNames.Of(unit);
        var yTitle = counts
            ? unit == TrendUnit.Occurrences ? $"occurrences per {period}" : $"matching {what} per {period}"
            : $"share of all {what} that {period}";
        TrendChart.Write(path, $"{Title(unit)} by {period}", period, yTitle, series);
    }

    private static string Title(TrendUnit unit) => unit switch
    {
        TrendUnit.Articles => "Articles that match",
        TrendUnit.Comments => "Comments that match",
        _ => "Occurrences",
    };
}
