using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary>
/// Queries while another process writes the index: every one answers from one whole commit, the old or the new,
/// never an error; and a second writer with <c>--wait</c> waits its turn.
/// </summary>
[Collection(BigCorpusGroup.Name)]
[Trait("Category", "Slow")]
public sealed class ReadersDuringWriteTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
    private readonly TempCorpus _workspace = new();
    private readonly BigCorpus _big;

    public ReadersDuringWriteTests(BigCorpus big)
    {
        _big = big;
        CliAssert.Succeeded(_workspace.Search("index"));
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Queries_during_an_index_run_answer_from_the_old_or_the_new_commit_never_an_error()
    {
        _big.AddTo(_workspace.Corpus);
        using var child = _workspace.StartSearch("index", "--quiet");
        // Once the child writes, it holds the lock: a query that finds the corpus changed cannot start a run of its own.
        Assert.True(child.WaitUntil(() => Directory.EnumerateFiles(_workspace.Index, "*.fdt").Any(), Timeout));
        var seen = new HashSet<long>();
        var runs = 0;
        while (!child.HasExited && runs < 500)
        {
            var stats = CliRun.Invoke(_workspace.Folder, "stats", "--json", "--index", _workspace.Index);
            CliAssert.Succeeded(stats);
            using (var json = JsonDocument.Parse(stats.Out))
            {
                seen.Add(json.RootElement.GetProperty("articles").GetInt64());
            }
            var query = _workspace.Search("query", "\"multipolar world\"", "--limit", "0");
            Assert.True(query.ExitCode == 0, query.ToString());
            Assert.Equal(["4 articles match."], query.OutLines);
            runs++;
        }
        var writer = child.WaitForExit(Timeout);
        Assert.True(writer.ExitCode == 0, writer.ToString());
        Assert.True(runs > 0, "the index run ended before any query ran");
        Assert.Subset(new HashSet<long> { 5, BigCorpus.Articles + 5 }, seen);
    }

    [Fact]
    public void A_second_writer_with_wait_runs_when_the_first_has_finished()
    {
        _big.AddTo(_workspace.Corpus);
        using var child = _workspace.StartSearch("index", "--quiet");
        Assert.True(child.WaitUntil(() => Directory.EnumerateFiles(_workspace.Index, "*.fdt").Any(), Timeout));

        var second = _workspace.Search("index", "--wait");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(child.HasExited, "the waiting run finished before the one it waited for");
        Assert.StartsWith("indexed: 0 added, 0 updated, 0 removed, 6 unchanged", second.Out, StringComparison.Ordinal);
    }
}
