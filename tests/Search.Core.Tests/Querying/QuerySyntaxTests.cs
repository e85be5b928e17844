using Search.Core.Errors;
using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Tests.Querying;

/// <summary>Each element of the query syntax, over corpus/; expected articles worked out from the pages with grep.</summary>
public class QuerySyntaxTests(DefaultCorpusIndex index) : IClassFixture<DefaultCorpusIndex>
{
    [Theory]
    // Bare words are stemmed: "sanction" finds "sanctions" (000, 001 and 003 each say "sanctions" once).
    [InlineData("sanction", new[] { "000", "001", "003" })]
    [InlineData("sanctions", new[] { "000", "001", "003" })]
    // Both words must occur: "multipolar" (or "multipolarity") and "world" occur together in four articles.
    [InlineData("multipolar world", new[] { "000", "002", "003", "004" })]
    [InlineData("multipolar yeltsin", new[] { "002" })]
    // A phrase is exact: both words occur in corpus/, never together.
    [InlineData("\"multipolar peace\"", new string[0])]
    [InlineData("\"multipolar world\"", new[] { "000", "002", "003", "004" })]
    [InlineData("OR", new string[0])]
    [InlineData("yeltsin OR ghaddafi", new[] { "002", "003" })]
    [InlineData("multipolar -obama", new[] { "000", "002", "004" })]
    [InlineData("multipolar NOT obama", new[] { "000", "002", "004" })]
    [InlineData("+yeltsin", new[] { "002" })]
    [InlineData("-multipolar", new[] { "001" })]
    [InlineData("obama (yeltsin OR ghaddafi)", new[] { "003" })]
    [InlineData("multipol*", new[] { "000", "002", "003", "004" })]
    [InlineData("multipolr~1", new[] { "000", "002", "003", "004" })]
    [InlineData("Yeltsn~", new[] { "002" })]
    [InlineData("title:lavrov", new[] { "004" })]
    [InlineData("title:\"foreign policy\"", new[] { "000", "001", "003", "004" })]
    [InlineData("body:yeltsin", new string[0])]
    [InlineData("comment:yeltsin", new[] { "002" })]
    [InlineData("author:kubianca", new[] { "003" })]
    [InlineData("author:\"Tomko Kubianca\"", new[] { "003" })]
    [InlineData("author:\"Kubianca Tomko\"", new string[0])]
    [InlineData("source:southfront", new[] { "001", "003" })]
    [InlineData("source:RT", new[] { "002" })]
    [InlineData("published:[2023-01-01 TO 2023-12-31]", new[] { "004" })]
    [InlineData("published:[2024-01-01 TO *]", new string[0])]
    [InlineData("published:2023-04-01", new[] { "004" })]
    [InlineData("id:003_7fdfd134df6d3be8", new[] { "003" })]
    // Accents and typographic apostrophes fold: 002 writes "Türkiye", 000 writes "Russia’s sovereignty".
    [InlineData("Turkiye", new[] { "002" })]
    [InlineData("\"TÜRKIYE\"", new[] { "002" })]
    [InlineData("\"Russia's sovereignty\"", new[] { "000" })]
    public void Query_finds_exactly_these_articles(string query, string[] expected)
    {
        if (query == "OR")
        {
            Assert.Throws<QueryException>(() => index.Ids(query));
            return;
        }
        Assert.Equal(expected, index.Ids(query));
        Assert.Equal(expected.Length, index.Search(query).Total);
    }

    [Fact]
    public void In_comments_searches_comment_text_only_and_in_articles_title_and_body_only()
    {
        // "Yeltsin" is only in a comment of 002; "Obama" is in 003's body and its comments.
        Assert.Equal(["002"], index.Ids("yeltsin", SearchScope.Comments));
        Assert.Empty(index.Ids("yeltsin", SearchScope.Body));
        Assert.Equal(["003"], index.Ids("obama", SearchScope.Body));
        var hit = Assert.Single(index.Search("obama", SearchScope.Comments).Hits);
        // Both checks below are over matches, which must exist for them to check anything.
        Assert.NotEmpty(hit.Matches);
        Assert.All(hit.Matches, m => Assert.Equal(MatchLocation.Comment, m.In));
        var articleMatches = index.Search("multipolar", SearchScope.Body).Hits.SelectMany(h => h.Matches).ToList();
        Assert.NotEmpty(articleMatches);
        Assert.All(articleMatches, m => Assert.NotEqual(MatchLocation.Comment, m.In));
    }

    [Fact]
    public void Unknown_field_is_an_error_listing_the_known_ones()
    {
        var e = Assert.Throws<QueryException>(() => index.Search("headline:putin"));
        Assert.Equal("unknown field headline: (known fields: id:, title:, body:, comment:, author:, byline:, source:, published:) (column 1)", e.Message);
    }

    [Theory]
    [InlineData("multipol?r", "multipol?r")]
    [InlineData("multipolar !obama", "!obama")]
    [InlineData("title:/lavro./", "/lavro./")]
    [InlineData("putin?", null)]
    [InlineData("\"who is putin?\"", null)]
    [InlineData("multipolar -obama", null)]
    public void A_word_of_lucene_syntax_gets_a_note_pointing_to_it(string query, string? word)
    {
        var notes = index.Search(query).Notes;
        if (word is null)
        {
            Assert.Empty(notes);
            return;
        }
        Assert.Equal($"\"{word}\" is Lucene's syntax (? inside a word, /regex/, !), which the default syntax reads as punctuation; use --syntax lucene for it",
            Assert.Single(notes));
    }

    [Fact]
    public void Punctuation_only_is_an_error_that_says_so()
    {
        var e = Assert.Throws<QueryException>(() => index.Search("\"...\""));
        Assert.Contains("nothing to search", e.Message);
        Assert.True(index.Search("\"the concept of\"").Total > 0, "quoted, common words are searched exactly");
    }

    [Fact]
    public void A_range_on_a_text_field_is_an_error()
    {
        var e = Assert.Throws<QueryException>(() => index.Search("title:[a TO b]"));
        Assert.Contains("a range works on published: or id:", e.Message);
    }

    [Fact]
    public void Pages_of_hits_continue_the_ranking()
    {
        var all = index.Search("multipolar world", limit: 10).Hits.Select(h => (h.Rank, h.Id)).ToList();
        var first = index.Search("multipolar world", limit: 2).Hits.Select(h => (h.Rank, h.Id));
        var second = index.Search("multipolar world", limit: 2, offset: 2).Hits.Select(h => (h.Rank, h.Id));
        Assert.Equal(all, first.Concat(second));
        Assert.Equal([1, 2, 3, 4], all.Select(h => h.Rank));
        Assert.Empty(index.Search("multipolar world", limit: 2, offset: 10).Hits);
        var counted = index.Search("multipolar world", limit: 0);
        Assert.Equal((4, 0), (counted.Total, counted.Hits.Count));
    }

    [Fact]
    public void A_misspelled_word_that_finds_nothing_gets_a_suggestion_from_the_index()
    {
        var results = index.Search("multipolr");
        Assert.Equal(0, results.Total);
        Assert.Equal([new SpellingSuggestion("multipolr", "multipolar")], results.Suggestions);
        Assert.Empty(index.Search("multipolar").Suggestions);
    }
}
