using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Indexing;
using Search.Core.Storage;

namespace Search.Cli.Commands;

/// <summary><c>search index</c>: brings the index up to date with the corpus.</summary>
internal static class IndexCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = CommonOptions.Corpus();
        var index = CommonOptions.Index();
        var rebuild = new Option<bool>("--rebuild") { Description = "Index every file anew (also mends a damaged index or one from another version)" };
        var quiet = CommonOptions.Quiet("No progress bar");
        var wait = new Option<bool>("--wait") { Description = "If another process is updating the index, wait for it instead of failing" };
        var threads = CommonOptions.Threads("Analysis threads");
        var command = new Command("index", "Index the corpus: add new files, replace changed ones, remove deleted ones")
        {
            corpus, index, rebuild, quiet, threads, wait,
        };
        command.SetAction(parse =>
        {
            var location = IndexLocation.Resolve(parse.GetValue(corpus), parse.GetValue(index));
            var request = new IndexRequest(location.Corpus, location.Index, parse.GetValue(rebuild), parse.GetValue(threads), parse.GetValue(wait));
            Run(request, showProgress: console.ErrorIsTerminal && !parse.GetValue(quiet), console, reportTo: console.Out);
            return ExitCode.Success;
        });
        return command;
    }

    // Runs the indexer (Ctrl+C stops it without committing), prints its warnings and its summary line: on stdout for
    // `search index`, on stderr when a query indexes first (its stdout is for results).
    public static IndexSummary Run(IndexRequest request, bool showProgress, CliConsole console, TextWriter reportTo)
    {
        var summary = RunWithProgress(request, showProgress, console);
        foreach (var warning in summary.Warnings)
        {
            console.Error.WriteLine($"warning: {warning}");
        }
        reportTo.WriteLine(reportTo == console.Out ? summary.ToString() : $"search: {summary}");
        return summary;
    }

    private static IndexSummary RunWithProgress(IndexRequest request, bool showProgress, CliConsole console)
    {
        var progress = new IndexProgress();
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancel.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        try
        {
            var run = Task.Run(() => CorpusIndexer.Run(request, progress, cancel.Token));
            if (request.WaitForLock && !run.Wait(TimeSpan.FromMilliseconds(300)) && progress.WaitingForLock)
            {
                console.Error.WriteLine("search: the index is being updated by another process; waiting for it to finish (Ctrl+C to stop)");
            }
            // Runs under a second finish before a bar would be worth drawing.
            if (showProgress && !run.Wait(TimeSpan.FromSeconds(1)))
            {
                IndexProgressBar.Show(run, progress, console);
            }
            return run.GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }
}
