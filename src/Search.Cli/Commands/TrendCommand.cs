using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Batch;
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
        var query = new Argument<string[]>("QUERY")
        {
            Description = "The query of one narrative; several words are joined with spaces (or give --narratives)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var narratives = new Option<string?>("--narratives")
        {
            Description = "Narratives, one per line, as batch reads them: a query, id<TAB>query, or {\"id\", \"query\", \"in\"}; - for stdin",
            HelpName = "FILE",
        };
        var by = new Option<string>("--by") { Description = "How long a period is", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong([.. TrendNames.Periods]);
        var unit = new Option<string[]>("--unit")
        {
            Description = "What to count: articles, comments, occurrences (repeat, or separate with commas) [default: articles and comments]",
            HelpName = "UNIT",
        };
        var from = new Option<string?>("--from") { Description = "The first day counted: 2023, 2023-04 or 2023-04-01 [default: the first date in the index]", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "The last day counted: 2023, 2023-04 or 2023-04-30 [default: the last date in the index]", HelpName = "DATE" };
        var scope = CommonOptions.Scope();
        var syntax = CommonOptions.Syntax();
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "tsv", "csv", "jsonl");
        var plot = new Option<string?>("--plot") { Description = "Also draw a line chart, one line per narrative, to FILE.svg or FILE.png", HelpName = "FILE" };
        var raw = new Option<bool>("--raw") { Description = "Bars and chart show counts instead of shares" };
        var threads = CommonOptions.Threads("Narratives counted at once");
        var corpus = CommonOptions.Corpus();
        var index = CommonOptions.Index();
        var command = new Command("trend", "Count narratives over time: matching articles and comments per period, out of all, every period shown")
        {
            query, narratives, by, unit, from, to, scope, syntax, format, plot, raw, threads, corpus, index,
        };
        command.SetAction(parse =>
        {
            var words = parse.GetValue(query) ?? [];
            var file = parse.GetValue(narratives);
            if (words.Length > 0 == file is not null)
            {
                throw new UsageException(file is null
                    ? "trend needs a query, or a narratives file (--narratives FILE)"
                    : "give either a query or --narratives FILE, not both");
            }
            var chart = parse.GetValue(plot) is { } plotPath ? ChartPath(plotPath, console) : null;
            var request = new TrendRequest(
                [],
                TrendNames.ParsePeriod(parse.GetValue(by)) ?? TrendPeriod.Month,
                Units(parse.GetValue(unit) ?? []),
                Bound(parse.GetValue(from), "--from", end: false),
                Bound(parse.GetValue(to), "--to", end: true),
                CommonOptions.ParseScope(parse.GetValue(scope)),
                CommonOptions.ParseSyntax(parse.GetValue(syntax)));
            if (request.From > request.To)
            {
                throw new UsageException($"--from {parse.GetValue(from)} is after --to {parse.GetValue(to)}");
            }
            request = request with { Narratives = file is null ? [new BatchQuery(string.Join(' ', words), string.Join(' ', words), 1)] : ReadNarratives(file, console) };
            using var engine = ConsoleIndexing.OpenUpToDate(parse.GetValue(corpus), parse.GetValue(index), console);
            var result = TrendCounter.Count(engine, request, parse.GetValue(threads));
            var chosen = parse.GetValue(format);
            ITrendPrinter printer = chosen switch
            {
                "tsv" => new TrendTablePrinter('\t'),
                "csv" => new TrendTablePrinter(','),
                "jsonl" => new TrendJsonlPrinter(console.Display(engine.IndexPath), engine.Metadata),
                _ => new TrendTextPrinter(parse.GetValue(raw), TerminalWidth(console)),
            };
            foreach (var note in result.Notes)
            {
                console.Note("note: " + note);
            }
            var failed = 0;
            foreach (var narrative in result.Narratives)
            {
                foreach (var note in narrative.Notes)
                {
                    console.Note($"{narrative.Query.Id}: note: {note}");
                }
                if (narrative.Error is not null)
                {
                    failed++;
                    if (chosen is "tsv" or "csv")
                    {
                        console.Note($"{narrative.Query.Id}: {narrative.Error}");
                    }
                }
            }
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

    private static DateOnly? Bound(string? text, string option, bool end)
    {
        if (text is null)
        {
            return null;
        }
        return TrendDate.TryParse(text, end, out var day)
            ? day
            : throw new UsageException($"{option} {text} is not a date: use a year, a month or a day (2023, 2023-04, 2023-04-01)");
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

    private static List<BatchQuery> ReadNarratives(string file, CliConsole console)
    {
        try
        {
            if (file == "-")
            {
                return [.. BatchInputReader.Read(console.Input)];
            }
            using var reader = new StreamReader(Path.GetFullPath(file, console.WorkingDirectory));
            return [.. BatchInputReader.Read(reader)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the narratives file {file}: {e.Message}");
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
