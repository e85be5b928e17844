using Search.Cli.Output;
using Search.Core.Indexing;
using Search.Core.Opening;
using Search.Core.Querying;

namespace Search.Cli;

/// <summary>
/// An indexing run as the console shows it, for <c>search index</c> and for the commands that index first: Ctrl+C
/// stops it without committing, a progress bar on a terminal, the corpus warnings, and the summary line.
/// </summary>
internal static class ConsoleIndexing
{
    // Runs the indexer and prints its warnings and its summary line: on stdout for `search index`, as a note on
    // stderr when a query indexes first (its stdout is for results).
    public static IndexSummary Run(IndexRequest request, bool showProgress, CliConsole console, bool summaryIsResult)
    {
        var summary = RunWithProgress(request, showProgress, console);
        foreach (var warning in summary.Warnings)
        {
            console.Error.WriteLine($"warning: {warning}");
        }
        if (summaryIsResult)
        {
            console.Out.WriteLine(summary.ToString());
        }
        else
        {
            console.Note(summary.ToString());
        }
        return summary;
    }

    // The engine over an index that matches its corpus: built or updated first when needed, with notes on stderr.
    public static SearchEngine OpenUpToDate(string? corpus, string? index, CliConsole console, bool noUpdate = false) =>
        UpToDateIndex.Open(corpus, index,
            request => Run(request, showProgress: console.ErrorIsTerminal, console, summaryIsResult: false),
            console.Note, checkForChanges: !noUpdate);

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
                console.Note("the index is being updated by another process; waiting for it to finish (Ctrl+C to stop)");
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
