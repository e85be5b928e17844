using System.Globalization;
using Search.Core.Who;

namespace Search.Cli.Output;

/// <summary>
/// Who says it as TSV or CSV: a header, then <c>narrative, group, matches, total, ratio, first_seen, first_id,
/// last_seen, last_id, articles</c> per group (with <c>period</c> first when counted by period); empty where a value
/// is missing (no ratio of a total of 0, no first day of undated matches). With <c>--collapse</c>, two more columns:
/// <c>matches_collapsed, total_collapsed</c>. Failed narratives have no rows here.
/// </summary>
internal sealed class WhoTablePrinter(char separator) : IWhoPrinter
{
    public static IReadOnlyList<string> Columns { get; } =
        ["narrative", "group", "matches", "total", "ratio", "first_seen", "first_id", "last_seen", "last_id", "articles"];

    public void Print(WhoResult result, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var byPeriod = result.Request.ByPeriod is not null;
        var once = result.Request.Collapse;
        IEnumerable<string> header = byPeriod ? ["period", .. Columns] : Columns;
        output.WriteLine(string.Join(separator, once ? [.. header, "matches_collapsed", "total_collapsed"] : header));
        foreach (var row in result.Narratives.SelectMany(n => n.Rows))
        {
            string[] fields =
            [
                TableField.Of(row.Narrative, separator), TableField.Of(row.Group, separator), row.Matches.ToString(inv), row.Total.ToString(inv),
                row.Ratio?.ToString("R", inv) ?? "", row.FirstSeen ?? "", TableField.Of(row.FirstId ?? "", separator),
                row.LastSeen ?? "", TableField.Of(row.LastId ?? "", separator), row.Articles.ToString(inv),
            ];
            string[] line = byPeriod ? [row.Period!, .. fields] : fields;
            output.WriteLine(string.Join(separator, once ? [.. line, row.MatchesCollapsed?.ToString(inv) ?? "", row.TotalCollapsed?.ToString(inv) ?? ""] : line));
        }
    }
}
