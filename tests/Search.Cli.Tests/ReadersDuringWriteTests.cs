using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary>
/// Queries while another process writes the index: every one answers from one whole commit, the old (with a note that
/// the last commit was searched) or the new, never an error, and both are seen; and a second writer with
/// <c>--wait</c> waits its turn.
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
    public void Queries_during_an_index_run_answer_from_the_old_commit_with_a_note_then_from_the_new_one_never_an_error()
    {
        _big.AddTo(_workspace.Corpus);
        using var child = _workspace.StartSearch("index", "--quiet");
        // Once the child writes, it holds the lock: a query that finds the corpus changed cannot start a run of its own.
        Assert.True(child.WaitUntil(() => Directory.EnumerateFiles(_workspace.Index, "*.fdt").Any(), Timeout));
        const long Old = 5, New = BigCorpus.Articles + 5;
        var seen = new HashSet<long>();
        var runs = 0;
        var notes = 0;
        var deadline = DateTime.UtcNow + Timeout;
        // Reading goes on after the writer has finished until the new commit is seen, so that it is seen on every run
        // however the two processes are scheduled; the deadline only ends a run that never sees it.
        while (!seen.Contains(New) && DateTime.UtcNow < deadline)
        {
            var stats = CliRun.Invoke(_workspace.Folder, "stats", "--json", "--index", _workspace.Index);
            CliAssert.Succeeded(stats);
            using (var json = JsonDocument.Parse(stats.Out))
            {
                var articles = json.RootElement.GetProperty("articles").GetInt64();
                Assert.True(articles is Old or New, $"stats counted {articles} articles, neither the old commit's nor the new one's");
                seen.Add(articles);
            }
            var query = _workspace.Search("query", "\"multipolar world\"", "--limit", "0");
            Assert.True(query.ExitCode == 0, query.ToString());
            Assert.Equal(["4 articles match."], query.OutLines);
            if (query.Error.Length > 0)
            {
                AssertNoteOfTheLastCommit(query, writerMayHaveFinished: child.HasExited);
                notes++;
            }
            runs++;
        }
        var writer = child.WaitForExit(Timeout);
        Assert.True(writer.ExitCode == 0, writer.ToString());
        Assert.True(seen.Contains(Old), $"no reader saw the commit from before the write ({runs} runs)");
        Assert.True(seen.Contains(New), $"no reader saw the writer's commit within {Timeout} ({runs} runs)");
        // Queries on the old commit find the corpus changed and cannot update it: each says it searched the last commit.
        Assert.True(notes > 0, $"no query said it searched the last commit ({runs} runs)");
    }

    // "A query that finds the corpus changed while another process writes searches the last commit, with a note."
    private void AssertNoteOfTheLastCommit(CliRun query, bool writerMayHaveFinished)
    {
        var changed = $"search: the corpus in {_workspace.Corpus} changed since it was indexed: updating the index first";
        const string LastCommit = "search: the index is being updated by another process; searching its last commit";
        if (query.ErrorLines is [var first, LastCommit])
        {
            Assert.Equal(changed, first);
            return;
        }
        // The one other way: the query opened the old commit just before the writer's commit, and the writer exited
        // (freeing the lock) before the query tried to update, so the query updated the index itself.
        Assert.True(writerMayHaveFinished && query.ErrorLines.FirstOrDefault() == changed, $"not the note of a query during a write\n{query}");
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
