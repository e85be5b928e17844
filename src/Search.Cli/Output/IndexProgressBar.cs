using System.Globalization;
using Search.Core.Indexing;
using Spectre.Console;

namespace Search.Cli.Output;

/// <summary>The progress bar of a long indexing run, on standard error: bytes read, rate, articles, time left.</summary>
internal static class IndexProgressBar
{
    public static void Show(Task run, IndexProgress progress, CliConsole console)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        terminal.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new TransferSpeedColumn(),
                new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("indexing");
                while (!run.Wait(TimeSpan.FromMilliseconds(200)))
                {
                    task.MaxValue = Math.Max(1, progress.BytesTotal);
                    task.Value = progress.BytesDone;
                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{progress.FilesDone:N0}/{progress.FilesTotal:N0} files, {progress.Articles:N0} articles");
                }
                task.Value = task.MaxValue;
            });
    }
}
