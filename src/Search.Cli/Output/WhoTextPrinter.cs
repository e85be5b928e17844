using System.Globalization;
using Search.Core.Trends;
using Search.Core.Who;

namespace Search.Cli.Output;

/// <summary>
/// Who says it, for reading: per narrative a line saying what was counted and how many groups there are, then an
/// aligned table of the groups shown, best first: matches out of the group's total, the share, first and last seen.
/// </summary>
internal sealed class WhoTextPrinter : IWhoPrinter
{
    public void Print(WhoResult result, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var request = result.Request;
        var unit = TrendNames.Of(result.Unit);
        var group = WhoNames.Name(request.By);
        var first = true;
        foreach (var narrative in result.Narratives)
        {
            if (!first)
            {
                output.WriteLine();
            }
            first = false;
            if (narrative.Error is not null)
            {
                output.WriteLine($"{narrative.Query.Id}: {narrative.Error}");
                continue;
            }
            var groups = narrative.Groups;
            var least = request.Min > 1 ? string.Create(inv, $" at least {request.Min}") : "";
            var shown = narrative.Groups > narrative.Rows.Select(r => r.Group).Distinct().Count()
                ? string.Create(inv, $"; the top {request.Top} shown")
                : "";
            output.WriteLine(string.Create(inv,
                $"{narrative.Query.Id}: {groups:N0} {Plural(group, groups)} with{least} matching {unit}{shown}; total is {TotalMeans(request, result.Unit)}"));
            if (narrative.Rows.Count == 0)
            {
                continue;
            }
            var byPeriod = request.ByPeriod is not null;
            // With copies counted once, matches and total are each followed by their collapsed twin, headed "once".
            var once = request.Collapse;
            string[] Twin(string raw, long? collapsed) => once ? [raw, collapsed?.ToString("N0", inv) ?? "-"] : [raw];
            List<string[]> table =
            [
                [.. byPeriod ? ["period"] : Array.Empty<string>(), group, .. Twin("matches", null), .. Twin("total", null), "ratio", "first seen", "first id", "last seen", "last id", "articles"],
            ];
            if (once)
            {
                var header = table[0];
                header[Array.IndexOf(header, "matches") + 1] = "once";
                header[Array.IndexOf(header, "total") + 1] = "once";
            }
            foreach (var row in narrative.Rows)
            {
                string[] cells =
                [
                    row.Group, .. Twin(row.Matches.ToString("N0", inv), row.MatchesCollapsed), .. Twin(row.Total.ToString("N0", inv), row.TotalCollapsed),
                    row.Ratio is { } r ? (r * 100).ToString("0.0", inv) + "%" : "-",
                    row.FirstSeen ?? "-", row.FirstId ?? "-", row.LastSeen ?? "-", row.LastId ?? "-", row.Articles.ToString("N0", inv),
                ];
                table.Add(byPeriod ? [row.Period!, .. cells] : cells);
            }
            int[] numeric = once ? [1, 2, 3, 4, 5, 10] : [1, 2, 3, 8];
            Write(table, output, numeric: byPeriod ? [.. numeric.Select(c => c + 1)] : numeric);
        }
    }

    private static string Plural(string word, long n) => n == 1 ? word : word + "s";

    // What a row's total counts, said once above the table.
    private static string TotalMeans(WhoRequest request, TrendUnit unit)
    {
        var means = (request.By, unit) switch
        {
            (WhoGroupBy.Commenter, _) => "all the commenter's comments",
            (WhoGroupBy.Article, _) => "all the article's comments",
            (WhoGroupBy.Source, TrendUnit.Articles) => "all the site's articles",
            (WhoGroupBy.Source, _) => "all comments under the site's articles",
            (_, TrendUnit.Articles) => "all the author's articles",
            _ => "all comments under the author's articles",
        };
        return request.From is null && request.To is null ? means : means + " in the days counted";
    }

    // Columns as wide as their widest cell; numbers to the right.
    private static void Write(List<string[]> table, TextWriter output, int[] numeric)
    {
        var widths = Enumerable.Range(0, table[0].Length).Select(c => table.Max(row => row[c].Length)).ToArray();
        foreach (var row in table)
        {
            var cells = row.Select((cell, c) => numeric.Contains(c) ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }
}
