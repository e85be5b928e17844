using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Querying;
using Search.Core.Storage;

namespace Search.Core.Tests.Querying;

/// <summary>A query searched over groups of segments on several threads gives what one thread gives.</summary>
public sealed class SplitSearchTests : IDisposable
{
    private readonly IndexedJsonLines[] _corpora = [.. Enumerable.Range(0, 4).Select(_ => new IndexedJsonLines())];
    private readonly ArticleIndex[] _indexes;
    private readonly MultiReader _reader;

    public SplitSearchTests()
    {
        // Four indexes read as one: at least four segments, whatever Lucene merges within each. Equal articles in
        // each, so that equal scores in different segments must be ordered alike.
        for (var file = 0; file < _corpora.Length; file++)
        {
            _corpora[file].Write("f.jsonl", Enumerable.Range(0, 15).Select(i => $$"""
                {"id": "f{{file}}-{{i}}", "title": "Notes {{i % 3}}", "body": "{{string.Join(' ', Enumerable.Repeat("sanctions and trade", 1 + i % 4))}} in week {{i}}.", "comments": [{"body": "More on sanctions."}]}
                """));
            _corpora[file].RunIndexer();
        }
        _indexes = [.. _corpora.Select(c => c.OpenArticles())];
        _reader = new MultiReader([.. _indexes.Select(i => (IndexReader)i.Reader)], closeSubReaders: false);
    }

    public void Dispose()
    {
        _reader.Dispose();
        foreach (var index in _indexes)
        {
            index.Dispose();
        }
        foreach (var corpus in _corpora)
        {
            corpus.Dispose();
        }
    }

    [Theory]
    [InlineData("sanctions", 10)]
    [InlineData("sanctions", 60)]
    [InlineData("trade OR notes", 7)]
    [InlineData("\"sanctions and trade\"", 25)]
    [InlineData("week -notes", 5)]
    public void Split_over_segments_the_best_hits_and_their_number_are_those_of_one_thread(string text, int count)
    {
        using var engine = _corpora[0].OpenEngine();
        var query = engine.Parse(new SearchRequest(text)).Matching;
        var searcher = new SlicedSearcher(_reader) { Similarity = engine.Searcher.Similarity };
        var split = new SplitSearch(searcher, SearchEngine.TimeLimit, ways: 3, fromDocuments: 0);
        Assert.True(_reader.Leaves.Count >= 4);
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
        using var engine = _corpora[0].OpenEngine();
        var query = engine.Parse(new SearchRequest("sanctions")).Matching;
        var split = new SplitSearch(new SlicedSearcher(_reader), TimeSpan.Zero, ways: 2, fromDocuments: 0);

        Assert.Throws<QueryDeadlinePassedException>(() => split.Top(query, 10));
    }

    [Fact]
    public void A_small_index_is_searched_on_one_thread()
    {
        Assert.Equal(1, new SplitSearch(new SlicedSearcher(_reader), SearchEngine.TimeLimit).Ways);
    }
}
