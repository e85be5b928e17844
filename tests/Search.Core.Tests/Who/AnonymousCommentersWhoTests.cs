using Search.Core.Trends;
using Search.Core.Who;

namespace Search.Core.Tests.Who;

/// <summary>
/// A corpus whose comments name no author (as many scraped sites show none): every comment is counted under
/// <c>(anonymous)</c>, one group, never merged into a person, and the result says why in one note.
/// </summary>
public sealed class AnonymousCommentersWhoTests : IDisposable
{
    private readonly IndexedJsonLines _corpus = new();

    public AnonymousCommentersWhoTests()
    {
        _corpus.Write("anonymous.jsonl",
            """{"id": "a1", "title": "River report", "author": "Mara O'Neil", "published": "2023-01-05", "body": "The river rose.", "comments": [{"id": "c1", "body": "A river, again.", "published": "2023-01-06"}, {"id": "c2", "author": null, "body": "Nothing here."}]}""",
            """{"id": "a2", "title": "Market day", "published": "2023-02-01", "body": "Prices held.", "comments": [{"id": "c1", "author": "   ", "body": "The river was calm.", "published": "2023-02-03T10:00:00Z"}]}""",
            """{"id": "a3", "title": "Quiet week", "body": "Nothing happened.", "comments": [{"id": "c1", "body": "No river."}]}""");
        _corpus.RunIndexer();
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Every_comment_is_counted_under_anonymous_and_the_notes_say_why()
    {
        using var engine = _corpus.OpenEngine();

        var result = WhoCounter.Count(engine, new WhoRequest([new("river", "river", 1)]));

        Assert.Equal(TrendUnit.Comments, result.Unit);
        Assert.Equal(["no comment in the index names its author: every comment is counted under (anonymous)"], result.Notes);
        // Three of the four comments say river, in three threads: first on 2023-01-06 (a1/c1), last on 2023-02-03
        // (a2/c1); a3's undated "No river." counts, as nothing bounds the days.
        Assert.Equal(
            [new WhoRow("river", null, "(anonymous)", true, 3, 4, 0.75, "2023-01-06", "a1/c1", "2023-02-03", "a2/c1", 3)],
            Assert.Single(result.Narratives).Rows);
    }
}
