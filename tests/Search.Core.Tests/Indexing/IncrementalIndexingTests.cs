using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Tests.Indexing;

/// <summary>A second run indexes only what changed: added, changed and deleted files, each with all its comments.</summary>
public sealed class IncrementalIndexingTests : IDisposable
{
    private readonly TempFolder _dir = new();

    private string Corpus => _dir["corpus"];

    private string Index => _dir["index"];

    public void Dispose() => _dir.Dispose();

    private static string PageWithComments(string title, params string[] comments) =>
        $"{title}\n\nThe body of {title}.\n\n\n\n\n" + string.Concat(comments.Select((c, i) => $"  {i + 1}. {c}\n\n"));

    private IndexSummary Run(bool rebuild = false) => CorpusIndexer.Run(new IndexRequest(Corpus, Index, rebuild));

    private List<(string Id, string Title, int Comments)> Contents()
    {
        using var index = ArticleIndex.Open(Index, IndexSchema.Current);
        return index.Articles().Select(a => (a.Article.Id, a.Article.Title, a.Article.Comments.Count)).ToList();
    }

    [Fact]
    public void First_run_adds_every_file()
    {
        _dir.Write("corpus/a.txt", PageWithComments("Alpha", "one"));
        _dir.Write("corpus/b.txt", PageWithComments("Beta", "one", "two"));
        var summary = Run();
        Assert.Equal((2, 0, 0, 0, 2L, 3L), (summary.Added, summary.Updated, summary.Removed, summary.Unchanged, summary.Articles, summary.Comments));
        Assert.Equal([("a", "Alpha", 1), ("b", "Beta", 2)], Contents());
    }

    [Fact]
    public void Unchanged_files_are_skipped_even_when_touched()
    {
        var a = _dir.Write("corpus/a.txt", PageWithComments("Alpha", "one"));
        Run();
        File.SetLastWriteTimeUtc(a, DateTime.UtcNow.AddMinutes(5));
        var touched = Run();
        Assert.Equal((0, 0, 0, 1, 0L), (touched.Added, touched.Updated, touched.Removed, touched.Unchanged, touched.Articles));
        var again = Run();
        Assert.Equal(1, again.Unchanged);
        Assert.Equal([("a", "Alpha", 1)], Contents());
    }

    [Fact]
    public void Added_changed_and_deleted_files_are_added_replaced_and_removed()
    {
        _dir.Write("corpus/a.txt", PageWithComments("Alpha", "one", "two", "three"));
        _dir.Write("corpus/b.txt", PageWithComments("Beta", "one"));
        _dir.Write("corpus/c.jsonl", "{\"id\": \"c1\", \"title\": \"Gamma\"}\n{\"id\": \"c2\", \"title\": \"Delta\"}\n");
        Run();

        _dir.Write("corpus/a.txt", PageWithComments("Alpha revised", "only one now"));
        File.Delete(_dir["corpus/b.txt"]);
        _dir.Write("corpus/c.jsonl", "{\"id\": \"c2\", \"title\": \"Delta\"}\n");
        _dir.Write("corpus/new/d.txt", PageWithComments("Epsilon", "x", "y"));
        var summary = Run();

        Assert.Equal((1, 2, 1, 0), (summary.Added, summary.Updated, summary.Removed, summary.Unchanged));
        Assert.Equal([("a", "Alpha revised", 1), ("c2", "Delta", 0), ("new/d", "Epsilon", 2)], Contents());
        using var index = ArticleIndex.Open(Index, IndexSchema.Current);
        var stats = index.Stats();
        Assert.Equal((3L, 3L, 3L), (stats.Articles, stats.Comments, stats.Files));
        // Three articles, a document for each of their three comments, three file records: nothing of the old left.
        Assert.Equal(9, stats.Documents);
    }

    [Fact]
    public void Rebuild_indexes_everything_again_with_the_same_result()
    {
        _dir.Write("corpus/a.txt", PageWithComments("Alpha", "one"));
        _dir.Write("corpus/b.txt", PageWithComments("Beta", "one", "two"));
        Run();
        var before = Contents();
        var summary = Run(rebuild: true);
        Assert.Equal((2, 0), (summary.Added, summary.Unchanged));
        Assert.Equal(before, Contents());
    }

    [Fact]
    public void A_run_with_no_changes_leaves_the_commit_as_it_was()
    {
        _dir.Write("corpus/a.txt", PageWithComments("Alpha", "one"));
        Run();
        DateTimeOffset IndexedAt()
        {
            using var index = ArticleIndex.Open(Index, IndexSchema.Current);
            return index.Metadata.IndexedAt;
        }
        var first = IndexedAt();
        Run();
        Assert.Equal(first, IndexedAt());
    }
}
