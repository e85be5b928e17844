using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Storage;

namespace Search.Core.Tests.Analysis;

/// <summary>A phrase matches inside one comment, one paragraph, the title: never across a boundary between them.</summary>
public sealed class PhraseBoundaryTests : IDisposable
{
    private readonly IndexedJsonLines _corpus = new();
    private readonly ArticleIndex _index;

    public PhraseBoundaryTests()
    {
        _corpus.Write("a.jsonl",
            """{"id": "across", "title": "Why it is hybrid", "body": "War comes first here. The end is hybrid\n\nwar begins the next paragraph.", "comments": [{"body": "The world is multipolar"}, {"body": "world order is the topic"}]}""",
            """{"id": "inside", "title": "A multipolar world", "body": "Talk of hybrid war and the multipolar world order.", "comments": [{"author": "Anna", "body": "In a multipolar world, Russia’s role grows."}]}""");
        _corpus.RunIndexer();
        _index = _corpus.OpenArticles();
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }

    private List<string> Matching(string field, params string[] words)
    {
        var phrase = new PhraseQuery();
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }
        var searcher = new IndexSearcher(_index.Reader);
        return searcher.Search(phrase, 10).ScoreDocs.Select(d => _index.Load(d.Doc).Article.Id).Order().ToList();
    }

    [Fact]
    public void Phrase_does_not_match_across_two_comments() =>
        Assert.Equal(["inside"], Matching("comment_exact", "multipolar", "world"));

    [Fact]
    public void Phrase_does_not_match_across_two_paragraphs() =>
        Assert.Equal(["inside"], Matching("body_exact", "hybrid", "war"));

    [Fact]
    public void Title_and_body_are_separate_fields() =>
        Assert.Equal(["inside"], Matching("title_exact", "multipolar", "world"));

    [Fact]
    public void Phrase_with_stop_words_and_folded_apostrophe_matches_exactly() =>
        Assert.Equal(["inside"], Matching("comment_exact", "world", "russia", "role"));

    [Fact]
    public void Comment_author_is_searchable() =>
        Assert.Equal(1, new IndexSearcher(_index.Reader).Search(new TermQuery(new Term("author", "anna")), 10).TotalHits);
}
