using System.Globalization;
using Search.Core.Errors;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>Queries that would cost too much are refused with a reason; the engine serves many threads at once.</summary>
public class QueryLimitsTests
{
    [Fact]
    public void A_prefix_that_expands_past_the_limit_is_refused_with_a_clear_message()
    {
        using var corpus = new IndexedJsonLines();
        var words = Enumerable.Range(0, FieldQueries.MaxExpansion + 10).Select(i => "zq" + i.ToString("D5", CultureInfo.InvariantCulture));
        corpus.Write("many.jsonl", $"{{\"id\": \"many\", \"body\": \"{string.Join(' ', words)}\"}}");
        corpus.RunIndexer();
        using var engine = corpus.OpenEngine();

        var e = Assert.Throws<QueryException>(() => engine.Search(new SearchRequest("zq*")));
        Assert.Equal("zq* matches more than 1,024 different words; make it more specific (column 1)", e.Message);
        Assert.Equal(1, engine.Search(new SearchRequest("zq0001*")).Total);
    }

    [Fact]
    public void One_engine_answers_many_threads_with_the_same_results_as_one()
    {
        using var index = new DefaultCorpusIndex();
        string[] queries = ["multipolar world", "\"multipolar world\"", "obama", "author:kubianca", "sanction*", "yeltsin OR ghaddafi"];
        var expected = queries.Select(q => Render(index.Search(q))).ToList();
        var results = new string[queries.Length * 50];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = Render(index.Search(queries[i % queries.Length])));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % queries.Length], results[i]);
        }
    }

    private static string Render(SearchResults r) =>
        $"{r.Total}|" + string.Join(";", r.Hits.Select(h => $"{h.Id}:{h.Score}:" + string.Join(",", h.Matches.Select(m => m.Snippet.Marked()))));
}
