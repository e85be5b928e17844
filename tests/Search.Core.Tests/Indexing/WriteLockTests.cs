using Search.Core.Errors;
using Search.Core.Storage;

namespace Search.Core.Tests.Indexing;

/// <summary>One writer at a time: a second run is told the index is busy instead of corrupting it.</summary>
public class WriteLockTests
{
    [Fact]
    public void A_run_while_another_holds_the_index_fails_with_a_clear_message_and_leaves_it_intact()
    {
        using var corpus = new IndexedJsonLines();
        corpus.Write("a.jsonl", "{\"id\": \"a\", \"body\": \"text\"}");
        corpus.RunIndexer();
        corpus.Write("b.jsonl", "{\"id\": \"b\", \"body\": \"more\"}");

        using (IndexWriteLock.Acquire(corpus.Index))
        {
            var e = Assert.Throws<SearchException>(() => corpus.RunIndexer());
            Assert.Equal(SearchErrorKind.IndexLocked, e.Kind);
            Assert.Contains("is being updated by another process", e.Message);
        }

        var summary = corpus.RunIndexer();
        Assert.Equal((1, 1), (summary.Added, summary.Unchanged));
    }
}
