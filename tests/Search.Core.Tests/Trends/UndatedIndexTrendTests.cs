using Search.Core.Trends;

namespace Search.Core.Tests.Trends;

/// <summary>
/// An index where nothing has a date (no article, no comment): a trend has one period, <c>undated</c>, with every
/// article and comment in it, and says why in its notes.
/// </summary>
public sealed class UndatedIndexTrendTests : IDisposable
{
    private readonly IndexedJsonLines _corpus = new();

    public UndatedIndexTrendTests()
    {
        _corpus.Write("undated.jsonl",
            """{"id": "a1", "title": "River report", "body": "The river rose.\n\nThe river fell.", "comments": [{"body": "A river, again."}, {"body": "Nothing here."}]}""",
            """{"id": "a2", "title": "Market day", "body": "Prices held.", "comments": [{"body": "The river was calm."}]}""",
            """{"id": "a3", "title": "Quiet week", "body": "Nothing happened.", "comments": []}""");
        _corpus.RunIndexer();
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Every_article_and_comment_is_counted_under_undated_and_the_notes_say_why()
    {
        using var engine = _corpus.OpenEngine();
        var request = new TrendRequest([new("river", "river", 1)], TrendPeriod.Day, [TrendUnit.Articles, TrendUnit.Comments, TrendUnit.Occurrences]);

        var result = TrendCounter.Count(engine, request);

        Assert.Equal([new PeriodSpan(TrendPeriodName.Undated, null)], result.Periods);
        Assert.Equal((null, null), (result.First, result.Last));
        Assert.Equal(["nothing in the index has a date: every article and comment is counted under undated"], result.Notes);
        Assert.Equal(
            [
                // a1 by its title and body, a2 by its comment; a1's first comment and a2's; a1's title and body say river
                // 3 times, those two comments once each.
                new TrendRow("river", TrendPeriodName.Undated, TrendUnit.Articles, 2, 3, 2.0 / 3),
                new TrendRow("river", TrendPeriodName.Undated, TrendUnit.Comments, 2, 3, 2.0 / 3),
                new TrendRow("river", TrendPeriodName.Undated, TrendUnit.Occurrences, 5, null, null),
            ],
            Assert.Single(result.Narratives).Rows);
    }
}
