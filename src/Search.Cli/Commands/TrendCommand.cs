using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Trends;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search trend</c>: how often narratives are said, period by period: matching articles and comments out of all of
/// that period, and occurrences, as a table for a person, TSV, CSV or JSON Lines, and as a chart.
/// </summary>
internal static class TrendCommand
{
    public static Command Create(CliConsole console)
    {
        var narratives = new NarrativeOptions();
        var by = new Option<string>("--by") { Description = "How long a period is", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong([.. TrendNames.Periods]);
        var unit = new Option<string[]>("--unit")
        {
            Description = "What to count: articles, comments, occurrences (repeat, or separate with commas) [default: articles and comments]",
            HelpName = "UNIT",
        };
        var scope = new ScopeOptions();
        var syntax = CommonOptions.Syntax();
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "tsv", "csv", "jsonl");
        var plot = new Option<string?>("--plot") { Description = "Also draw a line chart, one line per narrative, to FILE.svg or FILE.png", HelpName = "FILE" };
        var raw = new Option<bool>("--raw") { Description = "Bars and chart show counts instead of shares" };
        var threads = CommonOptions.Threads("Narratives counted at once");
        var corpus = CommonOptions.Corpus();
        var noUpdate = CommonOptions.NoUpdate();
        var index = CommonOptions.Index();
        var collapse = CommonOptions.Collapse();
        var translit = CommonOptions.Translit();
        var command = new Command("trend", "Count narratives over time: matching articles and comments per period, out of all, every period shown")
        {
            by, unit, syntax, format, plot, raw, collapse, translit, threads, corpus, index, noUpdate,
        };
        narratives.AddTo(command);
        scope.AddTo(command);
        command.SetAction(parse =>
        {
            narratives.Check(parse);
            var chart = parse.GetValue(plot) is { } plotPath ? ChartPath(plotPath, console) : null;
            var (from, to) = narratives.Days(parse);
            var request = new TrendRequest(
                [],
                TrendNames.ParsePeriod(parse.GetValue(by)) ?? TrendPeriod.Month,
                Units(parse.GetValue(unit) ?? []),
                from,
                to,
                scope.Scope(parse),
                CommonOptions.ParseSyntax(parse.GetValue(syntax)))
            {
                Dense = scope.Dense(parse),
                Collapse = parse.GetValue(collapse),
                Translit = parse.GetValue(translit),
            };
            request = request with { Narratives = narratives.Read(parse, console) };
            using var engine = ConsoleIndexing.OpenUpToDate(parse.GetValue(corpus), parse.GetValue(index), console, parse.GetValue(noUpdate));
            var result = TrendCounter.Count(engine, request, parse.GetValue(threads));
            var chosen = parse.GetValue(format);
            ITrendPrinter printer = chosen switch
            {
                "tsv" => new TrendTablePrinter('\t'),
                "csv" => new TrendTablePrinter(','),
                "jsonl" => new TrendJsonlPrinter(console.Display(engine.IndexPath), engine.Metadata),
                _ => new TrendTextPrinter(parse.GetValue(raw), TerminalWidth(console)),
            };
            var failed = NarrativeNotes.Report(console, result.Notes,
                result.Narratives.Select(n => (n.Query.Id, n.Notes, n.Error)), errorsHere: chosen is "tsv" or "csv");
            // Written whole: a table is thousands of short lines, and standard output passes each write on at once.
            using var table = new StringWriter();
            printer.Print(result, table);
            console.Out.Write(table.ToString());
            if (chart is not null)
            {
                WriteChart(chart, result, parse.GetValue(raw), console);
            }
            return failed > 0 ? ExitCode.Usage : ExitCode.Success;
        });
        return command;
    }

    private static List<TrendUnit> Units(string[] values)
    {
        var units = new List<TrendUnit>();
        foreach (var word in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            units.Add(TrendNames.ParseUnit(word)
                ?? throw new UsageException($"unknown --unit {word}: use {string.Join(", ", TrendNames.Units)}"));
        }
        return units;
    }

    // Checked before counting, so a long count does not end in a refused chart.
    private static string ChartPath(string path, CliConsole console)
    {
        var full = Path.GetFullPath(path, console.WorkingDirectory);
        if (!TrendChartWriter.Formats.Contains(Path.GetExtension(full).ToLowerInvariant()))
        {
            throw new UsageException($"--plot {path}: the chart is written as .svg or .png; name the file so");
        }
        if (!Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw new UsageException($"--plot {path}: the folder {console.Display(Path.GetDirectoryName(full)!)} does not exist");
        }
        return full;
    }

    private static void WriteChart(string path, TrendResult result, bool raw, CliConsole console)
    {
        try
        {
            TrendChartWriter.Write(path, result, raw);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--plot {console.Display(path)}: the chart could not be written ({e.Message}); nothing was written there");
        }
    }

    // On a terminal: COLUMNS where a shell exports it, else the window's width. Into a file or pipe: 80, so that
    // saved output does not depend on the window it was made in.
    private static int TerminalWidth(CliConsole console)
    {
        const int Fixed = 80;
        if (!console.OutIsTerminal)
        {
            return Fixed;
        }
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0)
        {
            return columns;
        }
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : Fixed;
        }
        catch (IOException)
        {
            return Fixed;
        }
    }
}
