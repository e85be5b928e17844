using System.CommandLine;
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
        var copyThreshold = new Option<double?>("--copy-threshold")
        {
            Description = $"The least share of text (0.5-1) two article bodies must have in common to count as copies [default: the index's, or {IndexMetadata.DefaultCopyThreshold} for a new one]; kept by the index",
            HelpName = "SIMILARITY",
        };
        copyThreshold.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } t && (t < IndexMetadata.MinCopyThreshold || t > 1 || double.IsNaN(t)))
            {
                r.AddError($"--copy-threshold must be from {IndexMetadata.MinCopyThreshold} to 1");
            }
        });
        var command = new Command("index", "Index the corpus: add new files, replace changed ones, remove deleted ones")
        {
            corpus, index, rebuild, quiet, threads, wait, copyThreshold,
        };
        command.SetAction(parse =>
        {
            var location = IndexLocation.Resolve(parse.GetValue(corpus), parse.GetValue(index));
            var request = new IndexRequest(location.Corpus, location.Index, parse.GetValue(rebuild), parse.GetValue(threads), parse.GetValue(wait),
                parse.GetValue(copyThreshold));
            ConsoleIndexing.Run(request, showProgress: console.ErrorIsTerminal && !parse.GetValue(quiet), console, summaryIsResult: true);
            return ExitCode.Success;
        });
        return command;
    }
}
