using Search.Bench;

// Benchmark helpers for bench/run: warm in-process latency and answers of Search.Core, and the final comparison table.
const string Usage = """
    usage: Search.Bench latency INDEX_DIR QUERIES.tsv [--snippets] [--warmup N] [--tsv]
           Search.Bench hits INDEX_DIR QUERIES.tsv
           Search.Bench compare REFERENCE_HITS.tsv OUR_HITS.tsv QUERIES.tsv [--tsv]
           Search.Bench report MEASUREMENTS.tsv [--markdown]
    """;

try
{
    var command = args.Length > 0 ? args[0] : "";
    var rest = new BenchArgs(args.Skip(1).ToArray());
    return command switch
    {
        "latency" => LatencyCommand.Run(rest),
        "hits" => HitsCommand.Run(rest),
        "compare" => CompareCommand.Run(rest),
        "report" => ReportCommand.Run(rest),
        _ => throw new ArgumentException(command.Length == 0 ? "no command" : $"unknown command {command}"),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"Search.Bench: {e.Message}");
    Console.Error.WriteLine(Usage);
    return 2;
}
catch (Exception e) when (e is Search.Core.Errors.SearchException or IOException)
{
    // No index, a damaged one, an unreadable file: the message says what to do; a stack trace would not.
    Console.Error.WriteLine($"Search.Bench: {e.Message}");
    return 3;
}
