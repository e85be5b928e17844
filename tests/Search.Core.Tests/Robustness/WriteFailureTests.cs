using System.Globalization;
using Search.Core.Errors;
using Search.Core.Indexing;
using Search.Core.Opening;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Tests.Robustness;

/// <summary>A read-only index still answers; a full disk fails the run with a clear reason and keeps the previous index.</summary>
public sealed class WriteFailureTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private void WriteArticles(string name, int count, int words) =>
        _dir.Write($"corpus/{name}.jsonl", string.Concat(Enumerable.Range(0, count).Select(i =>
            $"{{\"id\": \"{name}{i}\", \"title\": \"Article {i}\", \"body\": \"{string.Join(' ', Enumerable.Range(0, words).Select(w => "word" + ((i * 31 + w) % 5000).ToString(CultureInfo.InvariantCulture)))}\"}}\n")));

    [Fact]
    public void A_read_only_index_answers_queries_and_indexing_it_says_why_it_cannot()
    {
        using var fs = new ScratchFileSystem("2048");
        WriteArticles("first", 20, 50);
        var index = System.IO.Path.Combine(fs.Path, "index");
        CorpusIndexer.Run(new IndexRequest(_dir["corpus"], index));
        fs.MakeReadOnly();
        WriteArticles("second", 5, 50);

        var e = Assert.Throws<SearchException>(() => CorpusIndexer.Run(new IndexRequest(_dir["corpus"], index)));
        Assert.Equal(SearchErrorKind.IndexWriteFailed, e.Kind);
        Assert.Contains("Read-only file system", e.Message);

        var notes = new List<string>();
        using var engine = UpToDateIndex.Open(_dir["corpus"], index, r => CorpusIndexer.Run(r), notes.Add);
        Assert.Equal(20, engine.Search(new SearchRequest("article", Limit: 0)).Total);
        Assert.Contains(notes, n => n.Contains("searching the index as it is"));
    }

    [Fact]
    public void A_full_disk_fails_the_run_with_the_reason_and_the_previous_index_stays_usable()
    {
        using var fs = new ScratchFileSystem("384");
        WriteArticles("small", 10, 20);
        var index = System.IO.Path.Combine(fs.Path, "index");
        CorpusIndexer.Run(new IndexRequest(_dir["corpus"], index));
        WriteArticles("big", 3000, 120);

        var e = Assert.Throws<SearchException>(() => CorpusIndexer.Run(new IndexRequest(_dir["corpus"], index)));
        Assert.Equal(SearchErrorKind.IndexWriteFailed, e.Kind);
        Assert.Contains("No space left on device", e.Message);
        Assert.Contains("the previous index is unchanged", e.Message);

        using (var articles = ArticleIndex.Open(index, IndexSchema.Current))
        {
            Assert.Equal(10, articles.Stats().Articles);
        }
        File.Delete(_dir["corpus/big.jsonl"]);
        var summary = CorpusIndexer.Run(new IndexRequest(_dir["corpus"], index));
        Assert.Equal(1, summary.Unchanged);
    }

    [Fact]
    public async Task With_wait_a_run_waits_for_the_other_writer_instead_of_failing()
    {
        WriteArticles("a", 3, 10);
        CorpusIndexer.Run(new IndexRequest(_dir["corpus"], _dir["index"]));
        WriteArticles("b", 3, 10);
        var progress = new IndexProgress();
        Task<IndexSummary> waiting;
        using (IndexWriteLock.Acquire(_dir["index"]))
        {
            waiting = Task.Run(() => CorpusIndexer.Run(new IndexRequest(_dir["corpus"], _dir["index"], WaitForLock: true), progress));
            SpinWait.SpinUntil(() => progress.WaitingForLock, TimeSpan.FromSeconds(30));
            Assert.True(progress.WaitingForLock);
            Assert.False(waiting.IsCompleted);
        }
        Assert.Equal(1, (await waiting).Added);
    }
}
