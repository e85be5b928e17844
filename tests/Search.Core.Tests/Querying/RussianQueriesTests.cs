using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Tests.Querying;

/// <summary>
/// Russian text and transliteration over a fixture written for them (Fixtures/Russian/russian.jsonl): every query of
/// RussianQueries.txt finds exactly the articles listed there, and snippets highlight the original letters.
/// </summary>
public sealed class RussianQueriesTests(RussianCorpusIndex corpus) : IClassFixture<RussianCorpusIndex>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(ExpectedFile.InSourceTree("Querying", "RussianQueries.txt")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2]);
        }
        return data;
    }

    private SearchResults Search(string query, string options, bool snippets = false)
    {
        var words = options.Split(' ');
        var scope = Array.IndexOf(words, "--in") is var i and >= 0 ? SearchScopeNames.Parse(words[i + 1]) : SearchScope.Thread;
        var request = new SearchRequest(query, Limit: 100, Scope: scope ?? SearchScope.Thread, Snippets: snippets,
            Syntax: words.Contains("lucene") ? QuerySyntax.Lucene : QuerySyntax.Default)
        {
            Translit = words.Contains("--translit"),
        };
        return corpus.Engine.Search(request);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_query_finds_the_articles_read_off_the_fixture(string query, string options, string expected)
    {
        var ids = Search(query, options).Hits.Select(h => h.Id).Order(StringComparer.Ordinal);

        Assert.Equal(expected == "-" ? "" : expected, string.Join(' ', ids));
    }

    [Fact]
    public void A_transliterated_phrase_is_highlighted_in_the_letters_the_text_has()
    {
        var hits = Search("\"Russkiy Mir\"", "--translit", snippets: true).Hits.ToDictionary(h => h.Id);

        string Marked(string id, MatchLocation where, string? comment = null) =>
            hits[id].Matches.Single(m => m.In == where && m.CommentId == comment).Snippet.Marked("[", "]");
        Assert.Equal("[Русский мир] и его границы", Marked("a1", MatchLocation.Title));
        Assert.Equal("ЕЩЁ РАЗ: [РУССКИЙ МИР] — это доктрина.", Marked("a2", MatchLocation.Comment, "c1"));
        Assert.Contains("the [Russky Mir] concept", Marked("a3", MatchLocation.Body), StringComparison.Ordinal);
        Assert.Equal("Some write [Pусский мир] with a Latin P.", Marked("a4", MatchLocation.Comment, "c2"));
    }

    [Fact]
    public void A_transliterated_bare_word_highlights_every_form_of_it()
    {
        var hit = Search("Russkiy", "--translit", snippets: true).Hits.Single(h => h.Id == "a7");

        Assert.Equal("Идеологи [русского] мира молчат.", hit.Matches.Single(m => m.In == MatchLocation.Body).Snippet.Marked("[", "]"));
    }

    [Fact]
    public void A_cyrillic_stemmed_word_is_highlighted_in_every_form()
    {
        var hit = Search("мир", "-", snippets: true).Hits.Single(h => h.Id == "a1");

        Assert.Equal("Русскому [миру] нужны силовики.", hit.Matches.Single(m => m.CommentId == "c1").Snippet.Marked("[", "]"));
        Assert.Equal("Концепция русского [мира] стала официальной доктриной.", hit.Matches.Single(m => m.In == MatchLocation.Body).Snippet.Marked("[", "]"));
    }
}
