using Search.Core.Trends;

namespace Search.Core.Tests.Trends;

/// <summary>
/// After a file is indexed again, its old articles and comments are deleted but still in the index's segments until
/// a merge: a trend counts only what the corpus now holds, in its counts and in its totals.
/// </summary>
public sealed class ReplacedFileTrendTests : IDisposable
{
    private readonly IndexedJsonLines _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Deleted_articles_and_comments_are_in_no_count_and_no_total()
    {
        _corpus.Write("a.jsonl",
            """{"id": "a1", "title": "River report", "published": "2023-01-05", "body": "The river rose.", "comments": [{"body": "A river.", "published": "2023-02-01"}]}""",
            """{"id": "a2", "title": "River again", "published": "2023-03-05", "body": "The river fell.", "comments": []}""");
        _corpus.Write("b.jsonl", """{"id": "b1", "title": "Undated river", "body": "A river.", "comments": [{"body": "No river here? A river."}]}""");
        _corpus.RunIndexer();
        _corpus.Write("a.jsonl", """{"id": "a1", "title": "Market report", "published": "2023-01-05", "body": "Prices held.", "comments": []}""");
        _corpus.RunIndexer();
        using var engine = _corpus.OpenEngine();

        var result = TrendCounter.Count(engine, new TrendRequest([new("river", "river", 1)], TrendPeriod.Month));

        // The first run's February comment and March article are gone: January alone is left of the dated days.
        Assert.Equal(["2023-01", TrendPeriodName.Undated], result.Periods.Select(p => p.Name));
        Assert.Equal(
            [
                new TrendRow("river", "2023-01", TrendUnit.Articles, 0, 1, 0),
                new TrendRow("river", "2023-01", TrendUnit.Comments, 0, 0, null),
                new TrendRow("river", TrendPeriodName.Undated, TrendUnit.Articles, 1, 1, 1),
                new TrendRow("river", TrendPeriodName.Undated, TrendUnit.Comments, 1, 1, 1),
            ],
            Assert.Single(result.Narratives).Rows);
    }
}
