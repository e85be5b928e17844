using Search.Core.Errors;
using Search.Core.Indexing;
using Search.Core.Storage;

namespace Search.Core.Tests.Indexing;

/// <summary>One writer at a time: a second run is told the index is busy instead of corrupting it.</summary>
public class WriteLockTests
{
    [Fact]
    public void A_run_while_another_holds_the_index_fails_with_a_clear_message_and_leaves_it_intact()
    {
        using var dir = new TempFolder();
        dir.Write("corpus/a.jsonl", "{\"id\": \"a\", \"body\": \"text\"}\n");
        var request = new IndexRequest(dir["corpus"], dir["index"]);
        CorpusIndexer.Run(request);
        dir.Write("corpus/b.jsonl", "{\"id\": \"b\", \"body\": \"more\"}\n");

        using (IndexWriteLock.Acquire(dir["index"]))
        {
            var e = Assert.Throws<SearchException>(() => CorpusIndexer.Run(request));
            Assert.Equal(SearchErrorKind.IndexLocked, e.Kind);
            Assert.Contains("is being updated by another process", e.Message);
        }

        var summary = CorpusIndexer.Run(request);
        Assert.Equal((1, 1), (summary.Added, summary.Unchanged));
    }
}
