using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>Which article comes first: title over body over comments, phrases and adjacent words over scattered ones.</summary>
public sealed class RankingTests : IDisposable
{
    private readonly IndexedJsonLines _corpus = new();

    public void Dispose() => _corpus.Dispose();

    // Articles of the same length, so that only where and how the words occur tells them apart.
    private SearchEngine Index(params string[] jsonLines)
    {
        _corpus.Write("a.jsonl", jsonLines);
        _corpus.RunIndexer();
        return _corpus.OpenEngine();
    }

    private static List<string> Order(SearchEngine engine, string query) =>
        engine.Search(new SearchRequest(query)).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void Title_outranks_body_which_outranks_comments()
    {
        using var engine = Index(
            """{"id": "in-comment", "title": "Notes from the week", "body": "Alpha beta gamma delta.", "comments": [{"body": "This is about sanctions."}]}""",
            """{"id": "in-body", "title": "Notes from the week", "body": "This is about sanctions.", "comments": [{"body": "Alpha beta gamma delta."}]}""",
            """{"id": "in-title", "title": "Notes on sanctions", "body": "Alpha beta gamma delta.", "comments": [{"body": "This is about nothing."}]}""");
        Assert.Equal(["in-title", "in-body", "in-comment"], Order(engine, "sanctions"));
    }

    [Fact]
    public void Bare_words_next_to_each_other_in_query_order_outrank_the_same_words_apart()
    {
        using var engine = Index(
            """{"id": "apart", "title": "t", "body": "The world is wide and a multipolar order may come soon."}""",
            """{"id": "reversed", "title": "t", "body": "The world is multipolar and an order may come soon now."}""",
            """{"id": "together", "title": "t", "body": "A multipolar world is wide and an order may come soon."}""");
        Assert.Equal("together", Order(engine, "multipolar world")[0]);
        Assert.Equal(3, Order(engine, "multipolar world").Count);
    }

    [Fact]
    public void A_phrase_match_outranks_scattered_words_of_an_or_query()
    {
        using var engine = Index(
            """{"id": "scattered", "title": "t", "body": "War is hybrid in a sense, and the war goes on, hybrid or not."}""",
            """{"id": "phrase", "title": "t", "body": "They speak of hybrid war here, and that is all there is."}""");
        Assert.Equal("phrase", Order(engine, "\"hybrid war\" OR (hybrid war)")[0]);
    }

    [Theory]
    [InlineData("multipolar world")]
    [InlineData("foreign policy")]
    [InlineData("russian foreign policy concept")]
    [InlineData("(multipolar world) OR (hybrid war)")]
    [InlineData("foreign policy -multipolar")]
    public void A_hit_scores_what_its_explanation_says_bonus_included(string query)
    {
        using var corpus = new DefaultCorpusIndex();
        var results = corpus.Engine.Search(new SearchRequest(query, Explain: true));
        Assert.NotEmpty(results.Hits);
        foreach (var hit in results.Hits)
        {
            var explained = float.Parse(hit.Explanation!.TrimStart().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(explained, hit.Score, 0.001f);
        }
        Assert.Equal(results.Hits.Select(h => h.Score).OrderDescending(), results.Hits.Select(h => h.Score));
    }

    [Fact]
    public void The_bonus_reorders_hits_beyond_the_first_page()
    {
        // Ten articles mention both words apart; the one with them together comes last in the file.
        var apart = Enumerable.Range(0, 12).Select(i =>
            $$"""{"id": "apart{{i}}", "title": "t", "body": "The world is wide and a multipolar order may come soon."}""");
        using var engine = Index([.. apart,
            """{"id": "together", "title": "t", "body": "A multipolar world is wide and an order may come soon."}"""]);
        Assert.Equal("together", Order(engine, "multipolar world")[0]);
        Assert.Equal("together", engine.Search(new SearchRequest("multipolar world", Limit: 1)).Hits[0].Id);
    }
}
