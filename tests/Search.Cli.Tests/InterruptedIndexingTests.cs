namespace Search.Cli.Tests;

/// <summary>
/// "Ctrl+C rolls the run back (exit 130)": a real <c>search index</c> process sent SIGINT once it is writing articles
/// exits 130 saying so, and the index holds exactly what it held before the run.
/// </summary>
[Collection(BigCorpusGroup.Name)]
[Trait("Category", "Slow")]
public sealed class InterruptedIndexingTests(BigCorpus big) : IDisposable
{
    // Only stops a hung run; nothing here is timed.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private readonly TempCorpus _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Ctrl_C_during_an_index_run_exits_130_and_leaves_the_index_as_it_was()
    {
        // Given an index of the five pages, and a big file added to the corpus since.
        CliAssert.Succeeded(_workspace.Search("index"));
        var before = _workspace.Search("export");
        CliAssert.Succeeded(before);
        var committed = Directory.GetFiles(_workspace.Index).Select(Path.GetFileName).ToHashSet();
        big.AddTo(_workspace.Corpus);

        // When the run is interrupted once it is writing the new articles: a stored-fields file (.fdt) of a segment
        // that the last commit does not have exists only while articles are being added, so the run has really started.
        using var child = _workspace.StartSearch("index");
        Assert.True(child.WaitUntil(() => NewFiles(committed).Any(f => f.EndsWith(".fdt", StringComparison.Ordinal)), Timeout),
            $"the run ended before it wrote any article:\n{(child.HasExited ? child.WaitForExit(Timeout) : "timed out")}");
        child.Interrupt();
        var run = child.WaitForExit(Timeout);

        // Then it exits 130 with the README's message, nothing on stdout.
        CliAssert.FailedWith(130, run);
        Assert.Contains("search: interrupted; the index is as it was before this run", run.ErrorLines);

        // And the index is exactly as before: same articles, and no commit of the big file.
        var after = _workspace.Search("export");
        CliAssert.Succeeded(after);
        LinesAssert.Equal(before.Out, after.Out);
        Assert.DoesNotContain(NewFiles(committed), f => f.StartsWith("segments_", StringComparison.Ordinal));
    }

    private IEnumerable<string> NewFiles(HashSet<string?> committed) =>
        Directory.GetFiles(_workspace.Index).Select(f => Path.GetFileName(f)).Where(f => !committed.Contains(f));
}
