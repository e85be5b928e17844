using Lucene.Net.Analysis;
using Search.Core.Analysis;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Core.Tests.Snippets;

/// <summary>
/// Looking for a single word only in the chunks of a text where it can start finds exactly the tokens, with the
/// same offsets, that analysing the whole text finds.
/// </summary>
public class WordChunksTests
{
    private static readonly Analyzer Analyzer = SchemaAnalyzer.For(IndexSchema.Current);

    public static TheoryData<string, string> Fields => new() { { "body", nameof(HighlightKind.Stemmed) }, { "body_exact", nameof(HighlightKind.Exact) } };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Every_word_of_the_default_corpus_is_found_where_the_whole_analysis_finds_it(string field, string kindName)
    {
        var kind = Enum.Parse<HighlightKind>(kindName);
        var checkedWords = 0;
        foreach (var line in RepositoryPaths.DefaultCorpusLines())
        {
            foreach (var term in TextAnalysis.Tokens(Analyzer, field, line).Select(t => t.Term).Distinct())
            {
                checkedWords += AssertSameTokens(field, kind, line, term) ? 1 : 0;
            }
        }
        Assert.True(checkedWords > 3_000, $"{checkedWords} words checked");
    }

    [Theory]
    [InlineData("war", "Toward the war's end, anti-war (war) wars\u2014war\u2026war WAR\n\nwar\u2019s  end; warwar war2 2war x'war Warsaw award.")]
    [InlineData("possibility", "possibilities, Possibility... impossibility\tpossibly (possibility)")]
    [InlineData("hoping", "hope hoped hoping HOPES hopeful \"hoping\" co-hoping")]
    [InlineData("generalizations", "general generalization generalizations' generalize")]
    [InlineData("multipolar", "a multi-polar world, a multipolar world, multipolarity, \u201cmultipolar\u201d")]
    public void A_word_is_found_wherever_it_occurs_and_only_there(string word, string text)
    {
        foreach (var (field, kind) in new[] { ("body", HighlightKind.Stemmed), ("body_exact", HighlightKind.Exact) })
        {
            foreach (var term in TextAnalysis.Tokens(Analyzer, field, word).Select(t => t.Term))
            {
                Assert.True(AssertSameTokens(field, kind, text, term), $"{field}: {term} was not looked for in chunks");
            }
        }
    }

    [Fact]
    public void Every_phrase_of_two_and_three_words_of_the_default_corpus_is_found_where_the_whole_analysis_finds_it()
    {
        var body = new SearchFields(IndexSchema.Current).Get("body", 0);
        var checkedPhrases = 0;
        foreach (var line in RepositoryPaths.DefaultCorpusLines())
        {
            var words = TextAnalysis.Tokens(Analyzer, body.Exact, line);
            for (var i = 0; i + 3 <= words.Count; i += 2)
            {
                foreach (var length in new[] { 2, 3 })
                {
                    var unit = Unit(HighlightKind.Exact, [.. words.Skip(i).Take(length).Select(w => w.Term)]);
                    if (!Applies(line, [unit]))
                    {
                        continue;
                    }
                    var found = SpanFinder.Find(line, body, [unit], Analyzer).Select(s => (s.Start, s.End)).Order();
                    Assert.Equal(PhraseOccurrences(words, unit.Terms), found);
                    checkedPhrases++;
                }
            }
        }
        Assert.True(checkedPhrases > 5_000, $"{checkedPhrases} phrases checked");
    }

    [Theory]
    [InlineData("multipolar world", "A multipolar world. The multipolar — world; multipolar\n\nworld, multipolar-world and (multipolar) World!")]
    [InlineData("the world", "the world, the  world; the…world; bathe world the worlds the\tworld")]
    [InlineData("way a word", "the way a word is said: way\na word, way a\n\nword, way - a - word")]
    [InlineData("he said", "he said she said he’s said he-said")]
    public void A_phrase_is_found_wherever_it_occurs_and_only_there(string phrase, string text)
    {
        var body = new SearchFields(IndexSchema.Current).Get("body", 0);
        var unit = Unit(HighlightKind.Exact, [.. TextAnalysis.Tokens(Analyzer, body.Exact, phrase).Select(t => t.Term)]);
        Assert.True(Applies(text, [unit]));

        var found = SpanFinder.Find(text, body, [unit], Analyzer).Select(s => (s.Start, s.End)).Order();

        Assert.Equal(PhraseOccurrences(TextAnalysis.Tokens(Analyzer, body.Exact, text), unit.Terms), found);
        Assert.NotEmpty(found);
    }

    [Fact]
    public void Phrases_texts_with_other_letters_and_words_too_short_to_screen_are_left_to_the_whole_analysis()
    {
        Assert.False(Applies("multipolar world", [Unit(HighlightKind.Stemmed, "multipolar", "world")]));
        Assert.False(Applies("multipolar world", [Unit(HighlightKind.Exact, "multipolar", "world") with { Slop = 2 }]));
        Assert.False(Applies("многополярный мир", [Unit(HighlightKind.Stemmed, "мир")]));
        Assert.False(Applies("an ox", [Unit(HighlightKind.Stemmed, "ox")]));
        Assert.False(Applies("the U.S. and", [Unit(HighlightKind.Exact, "u.s")]));
        Assert.True(Applies("a multipolar world", [Unit(HighlightKind.Stemmed, "multipolar")]));
    }

    // Whether the units are looked for in chunks of this text, as SpanFinder decides it.
    private static bool Applies(string text, IReadOnlyList<HighlightUnit> units) => TextScreen.IsPlain(text) && WordChunks.Apply(units);

    // Where the whole analysis has the phrase's words one after another: a plain word-sequence oracle.
    private static IEnumerable<(int Start, int End)> PhraseOccurrences(List<AnalyzedToken> tokens, IReadOnlyList<string> terms) =>
        Enumerable.Range(0, tokens.Count - terms.Count + 1)
            .Where(i => Enumerable.Range(0, terms.Count).All(k => tokens[i + k].Term == terms[k] && tokens[i + k].Position == tokens[i].Position + k))
            .Select(i => (tokens[i].Start, tokens[i + terms.Count - 1].End))
            .Order();

    // Whether the word could be looked for in chunks; if so, asserts it finds what the whole analysis finds.
    private static bool AssertSameTokens(string field, HighlightKind kind, string text, string term)
    {
        var unit = Unit(kind, term);
        if (!Applies(text, [unit]))
        {
            return false;
        }
        var wanted = new WantedTerms();
        wanted.AddTerms([term]);
        var whole = TextAnalysis.Tokens(Analyzer, field, text, wanted).Select(t => (t.Term, t.Start, t.End));
        var chunks = WordChunks.Tokens(Analyzer, field, text, [unit], wanted).Select(t => (t.Term, t.Start, t.End));
        Assert.Equal(whole, chunks);
        return true;
    }

    private static HighlightUnit Unit(HighlightKind kind, params string[] terms) =>
        new(kind, terms, [.. Enumerable.Range(0, terms.Length)], 0, 0, new HashSet<MatchLocation> { MatchLocation.Body });
}
