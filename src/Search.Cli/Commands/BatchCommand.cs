using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Batch;
using Search.Core.Querying;

namespace Search.Cli.Commands;

/// <summary><c>search batch</c>: many queries in one run, results streamed in input order in a machine-readable format.</summary>
internal static class BatchCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "Queries, one per line: a query, id<TAB>query, or {\"id\", \"query\", \"limit\", \"in\", \"syntax\"}; - or nothing for stdin",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var corpus = CommonOptions.Corpus();
        var noUpdate = CommonOptions.NoUpdate();
        var index = CommonOptions.Index();
        var limit = CommonOptions.Limit();
        var scope = new ScopeOptions();
        var syntax = CommonOptions.Syntax();
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "tsv", "trec");
        var noSnippets = new Option<bool>("--no-snippets") { Description = "Hits without matches and snippets (faster)" };
        var threads = CommonOptions.Threads("Queries run at once");
        var runTag = new Option<string>("--run-tag") { Description = "The run name in trec output", DefaultValueFactory = _ => "search", HelpName = "NAME" };
        var quiet = CommonOptions.Quiet("No progress line");
        var pseudonymize = CommonOptions.Pseudonymize();
        var salt = CommonOptions.Salt();
        var collapse = CommonOptions.Collapse();
        var translit = CommonOptions.Translit();
        var command = new Command("batch", "Run many queries in one go; results in input order as JSON Lines, TSV or a TREC run")
        {
            file, corpus, index, noUpdate, limit, syntax, format, noSnippets, threads, runTag, quiet, collapse, translit, pseudonymize, salt,
        };
        scope.AddTo(command);
        command.SetAction(parse =>
        {
            var pseudonyms = Pseudonymization.Resolve(parse, pseudonymize, salt, console);
            var path = parse.GetValue(file);
            using var input = path is null or "-" ? null : OpenInput(Path.GetFullPath(path, console.WorkingDirectory));
            using var engine = ConsoleIndexing.OpenUpToDate(parse.GetValue(corpus), parse.GetValue(index), console, parse.GetValue(noUpdate));
            var defaults = new SearchRequest("", Limit: parse.GetValue(limit), Scope: scope.Scope(parse),
                Snippets: !parse.GetValue(noSnippets), Syntax: CommonOptions.ParseSyntax(parse.GetValue(syntax)), Dense: scope.Dense(parse))
            {
                Collapse = parse.GetValue(collapse),
                Translit = parse.GetValue(translit),
            };
            var chosen = parse.GetValue(format);
            IBatchPrinter printer = chosen switch
            {
                "tsv" => new TsvBatchPrinter(totalsOnly: defaults.Limit == 0, collapsed: defaults.Collapse),
                "trec" => new TrecBatchPrinter(parse.GetValue(runTag)!),
                _ => new JsonlBatchPrinter(new JsonResultsPrinter(new PathDisplay(console, engine.Metadata.Corpus))),
            };
            var progress = console.ErrorIsTerminal && !parse.GetValue(quiet) ? new BatchProgressLine(console.Error) : null;
            var failed = 0;
            printer.Begin(console.Out);
            var queries = BatchInputReader.Read(input ?? console.Input);
            foreach (var result in BatchRunner.Run(engine, queries, defaults, parse.GetValue(threads)))
            {
                var shown = result.Results is { } found ? result with { Results = PseudonymousResults.Apply(pseudonyms, found) } : result;
                printer.Print(shown, console.Out);
                foreach (var note in result.Results?.Notes ?? [])
                {
                    console.Note($"{result.Query.Id}: note: {note}");
                }
                if (result.Error is not null)
                {
                    failed++;
                    if (chosen != "jsonl")
                    {
                        console.Note($"{result.Query.Id}: {result.Error}");
                    }
                }
                progress?.Tick(failed);
            }
            progress?.Finish(failed);
            return failed > 0 ? ExitCode.Usage : ExitCode.Success;
        });
        return command;
    }

    private static StreamReader OpenInput(string path)
    {
        try
        {
            return new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the query file {path}: {e.Message}");
        }
    }
}
