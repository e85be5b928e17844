using System.Globalization;
using System.Text;
using Search.Core.Trends;

namespace Search.Cli.Output;

/// <summary>
/// A trend for a person: per narrative and unit a small table (period, matches, all, share) with a bar per period,
/// drawn in block characters that read without color and fill the width given. What the share is out of is said
/// in words above each table.
/// </summary>
internal sealed class TrendTextPrinter(bool raw, int width) : ITrendPrinter
{
    private const string Eighths = "▏▎▍▌▋▊▉";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public void Print(TrendResult result, TextWriter output)
    {
        var first = true;
        foreach (var narrative in result.Narratives)
        {
            var name = narrative.Query.Id == narrative.Query.Query ? narrative.Query.Query : $"{narrative.Query.Id}: {narrative.Query.Query}";
            if (narrative.Error is not null)
            {
                Separate(output, ref first);
                output.WriteLine($"{name}");
                output.WriteLine($"error: {narrative.Error}");
                continue;
            }
            foreach (var unit in result.Units)
            {
                var rows = narrative.Rows.Where(r => r.Unit == unit).ToList();
                if (rows.Count == 0)
                {
                    continue;
                }
                Separate(output, ref first);
                output.WriteLine($"{name}");
                output.WriteLine(Caption(unit, result.Request.Period));
                Table(rows, unit, output);
            }
        }
    }

    private static void Separate(TextWriter output, ref bool first)
    {
        if (!first)
        {
            output.WriteLine();
        }
        first = false;
    }

    private string Caption(TrendUnit unit, TrendPeriod period)
    {
        var that = period switch
        {
            TrendPeriod.Day => "that day",
            TrendPeriod.Week => "that week",
            TrendPeriod.Month => "that month",
            TrendPeriod.Quarter => "that quarter",
            _ => "that year",
        };
        var bars = raw ? "bars: the count" : "bars: the share";
        return unit switch
        {
            TrendUnit.Articles => $"articles that match, out of all articles {that} ({bars})",
            TrendUnit.Comments => $"comments that match on their own, out of all comments {that} ({bars})",
            _ => "occurrences of its words and phrases in the matching articles and comments (bars: the count)",
        };
    }

    private void Table(List<TrendRow> rows, TrendUnit unit, TextWriter output)
    {
        var occurrences = unit == TrendUnit.Occurrences;
        var collapsed = rows.Any(r => r.CountCollapsed is not null);
        var periodWidth = Math.Max("period".Length, rows.Max(r => r.Period.Length));
        var countHeader = occurrences ? "count" : "match";
        var countWidth = Math.Max(countHeader.Length, rows.Max(r => Number(r.Count).Length));
        var totalWidth = Math.Max("all".Length, rows.Max(r => r.Total is { } t ? Number(t).Length : 1));
        const int ShareWidth = 7;
        // With copies counted once, each count is followed by its collapsed twin, headed "once".
        var onceWidth = Math.Max("once".Length, rows.Max(r => Math.Max(Number(r.CountCollapsed ?? 0).Length, Number(r.TotalCollapsed ?? 0).Length)));
        string Once(long? n) => collapsed ? "  " + (n is { } v ? Number(v) : "-").PadLeft(onceWidth) : "";
        var onceHeader = collapsed ? "  " + "once".PadLeft(onceWidth) : "";
        var header = occurrences
            ? $"{"period".PadRight(periodWidth)}  {countHeader.PadLeft(countWidth)}{onceHeader}"
            : $"{"period".PadRight(periodWidth)}  {countHeader.PadLeft(countWidth)}{onceHeader}  {"all".PadLeft(totalWidth)}{onceHeader}  {"share".PadLeft(ShareWidth)}";
        output.WriteLine(header);
        var barWidth = Math.Max(10, width - header.Length - 3);
        var byCount = raw || occurrences;
        var max = rows.Max(r => byCount ? r.Count : r.Ratio ?? 0);
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            line.Append(row.Period.PadRight(periodWidth)).Append("  ").Append(Number(row.Count).PadLeft(countWidth)).Append(Once(row.CountCollapsed));
            if (!occurrences)
            {
                line.Append("  ").Append((row.Total is { } t ? Number(t) : "-").PadLeft(totalWidth)).Append(Once(row.TotalCollapsed))
                    .Append("  ").Append(Share(row.Ratio).PadLeft(ShareWidth));
            }
            var value = byCount ? row.Count : row.Ratio ?? 0;
            if (value > 0)
            {
                line.Append("  ").Append(Bar(value / max, barWidth));
            }
            output.WriteLine(line.ToString());
        }
    }

    private static string Number(long n) => n.ToString("N0", Inv);

    // Small shares keep two decimals, so 0.04% does not print as 0.0%.
    private static string Share(double? ratio) => ratio switch
    {
        null => "-",
        0 or >= 0.1 => (ratio.Value * 100).ToString("0.0", Inv) + "%",
        _ => (ratio.Value * 100).ToString("0.00", Inv) + "%",
    };

    // Whole cells, then the eighth that is left: a non-zero value always shows at least a sliver.
    private static string Bar(double fraction, int width)
    {
        var eighths = Math.Max(1, (int)Math.Round(fraction * width * 8));
        return new string('█', eighths / 8) + (eighths % 8 > 0 ? Eighths[eighths % 8 - 1].ToString() : "");
    }
}
