using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Tests.Querying;

/// <summary>
/// A query of stop words only is answered from the exact fields, with a note, in both syntaxes; a stop word beside
/// other words is skipped as Lucene skips it. Expected articles worked out with grep -iw over corpus/.
/// </summary>
public class StopWordQueryTests(DefaultCorpusIndex index) : IClassFixture<DefaultCorpusIndex>
{
    private SearchResults Search(string query, QuerySyntax syntax, SearchScope scope = SearchScope.Thread) =>
        index.Engine.Search(new SearchRequest(query, Scope: scope, Syntax: syntax));

    private static string[] Ids(SearchResults results) => [.. results.Hits.Select(h => h.Id[..3]).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData(QuerySyntax.Default)]
    [InlineData(QuerySyntax.Lucene)]
    public void A_bare_stop_word_is_searched_as_written_with_a_note(QuerySyntax syntax)
    {
        // "these" in 000 (body), 002 (body), 003 (body, and Tomko Kubianca's comment), 004 (body); never in 001.
        var results = Search("these", syntax);
        Assert.Equal(["000", "002", "003", "004"], Ids(results));
        Assert.Equal(4, results.Total);
        var note = Assert.Single(results.Notes);
        Assert.Equal("\"these\" is a stop word, which bare-word search skips: searched as written instead, not stemmed", note);
        Assert.Equal(["003"], Ids(Search("these", syntax, SearchScope.Comments)));
        Assert.Equal(["003"], Ids(Search("comment:these", syntax)));
    }

    [Theory]
    [InlineData(QuerySyntax.Default)]
    [InlineData(QuerySyntax.Lucene)]
    public void A_field_clause_of_a_stop_word_is_answered_not_refused(QuerySyntax syntax)
    {
        // No title says "such"; bodies do (000, 001, 002, 004).
        var title = Search("title:such", syntax);
        Assert.Equal(0, title.Total);
        Assert.Single(title.Notes);
        Assert.Equal(["000", "001", "002", "004"], Ids(Search("body:such", syntax)));
    }

    [Theory]
    [InlineData(QuerySyntax.Default)]
    [InlineData(QuerySyntax.Lucene)]
    public void Several_stop_words_are_each_required(QuerySyntax syntax)
    {
        var results = Search("the of", syntax);
        Assert.Equal(5, results.Total);
        Assert.Equal("\"the\", \"of\" are stop words, which bare-word search skips: searched as written instead, not stemmed", Assert.Single(results.Notes));
        // "these" and "such" stand together nowhere in corpus/, but each is in 000, 002 and 004.
        Assert.Equal(["000", "002", "004"], Ids(Search("these such", syntax)));
    }

    [Theory]
    [InlineData(QuerySyntax.Default)]
    [InlineData(QuerySyntax.Lucene)]
    public void A_stop_word_beside_other_words_is_skipped_without_a_note(QuerySyntax syntax)
    {
        var with = Search("these sanctions", syntax);
        Assert.Equal(Ids(Search("sanctions", syntax)), Ids(with));
        Assert.Empty(with.Notes);
    }

    [Fact]
    public void Exclusions_alone_do_not_count_as_something_to_look_for()
    {
        // A stop word and an exclusion: the stop word is what is looked for; "obama" is in 003 only.
        var results = Search("these -obama", QuerySyntax.Default);
        Assert.Single(results.Notes);
        Assert.Equal(["000", "002", "004"], Ids(results));
    }

    [Fact]
    public void The_stop_word_is_highlighted_as_written()
    {
        var hit = Search("these", QuerySyntax.Default).Hits.Single(h => h.Id.StartsWith("001", StringComparison.Ordinal) || h.Id.StartsWith("002", StringComparison.Ordinal));
        Assert.Contains("<mark>these</mark> nations", hit.Matches[0].Snippet.Marked(), StringComparison.Ordinal);
    }
}
