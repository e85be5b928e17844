using System.Globalization;
using Search.Core.Errors;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>
/// "A query that spends more than 10 s finding its hits is stopped", through the engine: the same limit, made tiny so
/// the test need not wait 10 s, stops a broad query over thousands of articles with the README's message.
/// </summary>
public sealed class QueryTimeLimitTests : IDisposable
{
    // Broad on purpose: an OR and a prefix (of 501 words, under the 1,024 limit) that every article matches.
    private const string BroadQuery = "common OR word*";

    private readonly IndexedJsonLines _corpus = new();

    public QueryTimeLimitTests()
    {
        _corpus.Write("many.jsonl", Enumerable.Range(0, 3_000).Select(i =>
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            return $"{{\"id\": \"a{n}\", \"title\": \"Article {n}\", \"body\": \"common words word{i % 500} article{n}\"}}";
        }));
        _corpus.RunIndexer();
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void A_query_that_runs_past_the_time_limit_is_stopped_with_a_message()
    {
        // A limit of zero has passed before the first segment is searched, so the stop does not depend on how fast this
        // machine is; what is tested is that the engine's collection is timed and the overrun reported.
        using var engine = SearchEngine.Open(_corpus.Index, TimeSpan.Zero);
        var e = Assert.Throws<QueryException>(() => engine.Search(new SearchRequest(BroadQuery)));
        Assert.Equal("the query ran longer than the 0 s limit and was stopped; make it more specific", e.Message);

        // Counting only (no page of hits) is timed too.
        Assert.Throws<QueryException>(() => engine.Search(new SearchRequest(BroadQuery) { Limit = 0 }));
    }

    [Fact]
    public void The_same_query_within_the_10_s_limit_finds_every_article()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), SearchEngine.TimeLimit);
        using var engine = _corpus.OpenEngine();
        Assert.Equal(3_000, engine.Search(new SearchRequest(BroadQuery)).Total);
    }
}
