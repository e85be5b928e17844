using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary>
/// Two <c>index</c> runs on one index: while one process writes it, another is refused (exit 3) and the first is
/// left to finish; a lock left behind by a killed process blocks nobody.
/// </summary>
[Collection(BigCorpusGroup.Name)]
[Trait("Category", "Slow")]
public sealed class SecondWriterTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private readonly TempCorpus _workspace = new();

    public SecondWriterTests(BigCorpus big) => big.AddTo(_workspace.Corpus);

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Index_while_another_process_indexes_exits_3_and_leaves_that_run_to_finish()
    {
        using var child = StartIndexing();
        Assert.True(child.WaitUntil(IsIndexing, Timeout), "the child run ended before it started writing the index");

        var second = _workspace.Search("index");

        CliAssert.FailedWith(3, second);
        Assert.Contains("being updated by another process", Assert.Single(second.ErrorLines), StringComparison.Ordinal);
        var first = child.WaitForExit(Timeout);
        Assert.True(first.ExitCode == 0, $"the run that held the index must finish undisturbed\n{first}");
        Assert.Equal(BigCorpus.Articles + 5, ArticleCount());
    }

    [Fact]
    public void A_lock_left_by_a_killed_index_run_does_not_block_the_next_run()
    {
        using (var child = StartIndexing())
        {
            Assert.True(child.WaitUntil(IsIndexing, Timeout), "the child run ended before it started writing the index");
            child.Kill();
        }
        Assert.True(File.Exists(Path.Combine(_workspace.Index, "write.lock")), "the killed run should have left its lock file");

        var next = _workspace.Search("index");

        CliAssert.Succeeded(next);
        Assert.StartsWith($"indexed: 6 added, 0 updated, 0 removed, 0 unchanged; {BigCorpus.Articles + 5} articles,", next.Out, StringComparison.Ordinal);
        Assert.Equal(BigCorpus.Articles + 5, ArticleCount());
    }

    private SearchProcess StartIndexing() => _workspace.StartSearch("index", "--quiet");

    // The writer is open (it holds the lock) once stored-field files appear.
    private bool IsIndexing() =>
        Directory.Exists(_workspace.Index) && Directory.EnumerateFiles(_workspace.Index, "*.fdt").Any();

    private long ArticleCount()
    {
        var stats = _workspace.Search("stats", "--json");
        CliAssert.Succeeded(stats);
        using var json = JsonDocument.Parse(stats.Out);
        return json.RootElement.GetProperty("articles").GetInt64();
    }
}
