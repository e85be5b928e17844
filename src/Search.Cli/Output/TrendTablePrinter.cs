using System.Globalization;
using Search.Core.Trends;

namespace Search.Cli.Output;

/// <summary>
/// A trend as TSV or CSV: a header line, then <c>narrative, period, unit, count, total, ratio</c> per row; an
/// empty total or ratio where there is none (occurrences; a period without articles or comments). Failed narratives
/// have no rows here (their errors go to stderr). With <c>--collapse</c>, three more: <c>count_collapsed,
/// total_collapsed, ratio_collapsed</c>, each group of copies counted once.
/// </summary>
internal sealed class TrendTablePrinter(char separator) : ITrendPrinter
{
    public static IReadOnlyList<string> Columns { get; } = ["narrative", "period", "unit", "count", "total", "ratio"];

    /// <summary>The columns added by <c>--collapse</c>.</summary>
    public static IReadOnlyList<string> CollapsedColumns { get; } = ["count_collapsed", "total_collapsed", "ratio_collapsed"];

    public void Print(TrendResult result, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var collapse = result.Request.Collapse;
        output.WriteLine(string.Join(separator, collapse ? [.. Columns, .. CollapsedColumns] : Columns));
        foreach (var row in result.Narratives.SelectMany(n => n.Rows))
        {
            string[] fields =
            [
                TableField.Of(row.Narrative, separator), row.Period, TrendNames.Of(row.Unit), row.Count.ToString(inv),
                row.Total?.ToString(inv) ?? "", row.Ratio?.ToString("R", inv) ?? "",
            ];
            output.WriteLine(string.Join(separator, collapse
                ? [.. fields, row.CountCollapsed?.ToString(inv) ?? "", row.TotalCollapsed?.ToString(inv) ?? "", row.RatioCollapsed?.ToString("R", inv) ?? ""]
                : fields));
        }
    }
}
