namespace Search.Bench;

/// <summary>
/// <c>report MEASUREMENTS.tsv [--markdown]</c>: the final table from <c>figure&lt;TAB&gt;ours|ref&lt;TAB&gt;value</c> rows
/// (one per engine, figure and round), figures in the order they were first measured.
/// </summary>
internal static class ReportCommand
{
    private static readonly string[] Header = ["figure", "ours median (min-max)", "reference median (min-max)", "ratio ours/ref"];

    public static int Run(BenchArgs args)
    {
        var markdown = args.Flag("--markdown");
        var path = args.Positional("MEASUREMENTS.tsv")[0];
        var figures = new List<string>();
        var values = new Dictionary<(string Figure, string Engine), List<string>>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || parts[1] is not ("ours" or "ref"))
            {
                throw new ArgumentException($"not a measurement row: {line}");
            }
            if (!figures.Contains(parts[0]))
            {
                figures.Add(parts[0]);
            }
            if (!values.TryGetValue((parts[0], parts[1]), out var list))
            {
                values[(parts[0], parts[1])] = list = [];
            }
            list.Add(parts[2]);
        }

        var rows = figures.Select(f => Row(f, Get(f, "ours"), Get(f, "ref"))).ToList();
        Print(rows, markdown);
        return 0;

        Spread? Get(string figure, string engine) => values.TryGetValue((figure, engine), out var v) ? Spread.Of(v) : null;
    }

    private static string[] Row(string figure, Spread? ours, Spread? reference)
    {
        var ratio = ours is { IsNumber: true } && reference is { IsNumber: true, Median: not 0 }
            ? (ours.Median / reference.Median).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)
            : "-";
        return [figure, ours?.ToString() ?? "-", reference?.ToString() ?? "-", ratio];
    }

    private static void Print(List<string[]> rows, bool markdown)
    {
        if (markdown)
        {
            Console.WriteLine($"| {string.Join(" | ", Header)} |");
            Console.WriteLine($"|{string.Concat(Header.Select((_, i) => i == 0 ? "---|" : "---:|"))}");
            rows.ForEach(r => Console.WriteLine($"| {string.Join(" | ", r)} |"));
            return;
        }
        var widths = Enumerable.Range(0, Header.Length).Select(i => rows.Append(Header).Max(r => r[i].Length)).ToArray();
        string Line(string[] r) => string.Join("  ", r.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
        Console.WriteLine(Line(Header));
        Console.WriteLine(new string('-', widths.Sum() + (2 * (widths.Length - 1))));
        rows.ForEach(r => Console.WriteLine(Line(r)));
    }
}
