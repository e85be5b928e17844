using System.Globalization;
using Search.Core.Trends;

namespace Search.Cli.Output;

/// <summary>
/// A trend as TSV or CSV: a header line, then <c>narrative, period, unit, count, total, ratio</c> per row; an
/// empty total or ratio where there is none (occurrences; a period without articles or comments). Failed narratives
/// have no rows here (their errors go to stderr).
/// </summary>
internal sealed class TrendTablePrinter(char separator) : ITrendPrinter
{
    public static IReadOnlyList<string> Columns { get; } = ["narrative", "period", "unit", "count", "total", "ratio"];

    public void Print(TrendResult result, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Join(separator, Columns));
        foreach (var row in result.Narratives.SelectMany(n => n.Rows))
        {
            output.WriteLine(string.Join(separator,
                TableField.Of(row.Narrative, separator), row.Period, TrendNames.Of(row.Unit), row.Count.ToString(inv),
                row.Total?.ToString(inv) ?? "", row.Ratio?.ToString("R", inv) ?? ""));
        }
    }
}
