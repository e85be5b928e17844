using Lucene.Net.Search;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>A query searched over groups of segments on several threads gives what one thread gives.</summary>
public sealed class SplitSearchTests : IDisposable
{
    private readonly IndexedJsonLines _corpus = new();

    public SplitSearchTests()
    {
        // Four indexing runs, four segments; equal articles in each, so that equal scores must be ordered alike.
        for (var file = 0; file < 4; file++)
        {
            _corpus.Write($"f{file}.jsonl", Enumerable.Range(0, 15).Select(i => $$"""
                {"id": "f{{file}}-{{i}}", "title": "Notes {{i % 3}}", "body": "{{string.Join(' ', Enumerable.Repeat("sanctions and trade", 1 + i % 4))}} in week {{i}}.", "comments": [{"body": "More on sanctions."}]}
                """));
            _corpus.RunIndexer();
        }
    }

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData("sanctions", 10)]
    [InlineData("sanctions", 60)]
    [InlineData("trade OR notes", 7)]
    [InlineData("\"sanctions and trade\"", 25)]
    [InlineData("week -notes", 5)]
    public void Split_over_segments_the_best_hits_and_their_number_are_those_of_one_thread(string text, int count)
    {
        using var index = _corpus.OpenArticles();
        using var engine = _corpus.OpenEngine();
        var query = engine.Parse(new SearchRequest(text)).Matching;
        var searcher = new SlicedSearcher(index.Reader) { Similarity = engine.Searcher.Similarity };
        var split = new SplitSearch(searcher, SearchEngine.TimeLimit, ways: 3, fromDocuments: 0);
        Assert.True(index.Reader.Leaves.Count >= 4);
        Assert.Equal(3, split.Ways);

        var one = TopScoreDocCollector.Create(count, docsScoredInOrder: false);
        searcher.Search(query, one);
        var expected = one.GetTopDocs();
        var actual = split.Top(query, count);

        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.Equal(expected.TotalHits, split.Count(query));
    }

    [Fact]
    public void A_split_query_past_its_time_limit_stops_as_one_thread_would()
    {
        using var index = _corpus.OpenArticles();
        using var engine = _corpus.OpenEngine();
        var query = engine.Parse(new SearchRequest("sanctions")).Matching;
        var split = new SplitSearch(new SlicedSearcher(index.Reader), TimeSpan.Zero, ways: 2, fromDocuments: 0);

        Assert.Throws<QueryDeadlinePassedException>(() => split.Top(query, 10));
    }

    [Fact]
    public void A_small_index_is_searched_on_one_thread()
    {
        using var index = _corpus.OpenArticles();
        Assert.Equal(1, new SplitSearch(new SlicedSearcher(index.Reader), SearchEngine.TimeLimit).Ways);
    }
}
