using Lucene.Net.Analysis;
using Search.Core.Analysis;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Core.Tests.Snippets;

/// <summary>The screen may let through texts that do not match, but never hold back one that does.</summary>
public class TextScreenTests
{
    private static readonly Analyzer Analyzer = SchemaAnalyzer.For(IndexSchema.Current);

    [Theory]
    [InlineData("body", nameof(HighlightKind.Stemmed))]
    [InlineData("body_exact", nameof(HighlightKind.Exact))]
    public void Every_word_of_the_default_corpus_gets_through_in_every_line_it_is_in(string field, string kindName)
    {
        var kind = Enum.Parse<HighlightKind>(kindName);
        var checkedWords = 0;
        foreach (var line in RepositoryPaths.DefaultCorpusLines())
        {
            foreach (var term in TextAnalysis.Tokens(Analyzer, field, line).Select(t => t.Term).Distinct())
            {
                Assert.True(TextScreen.MightMatch(line, TextScreen.Prepare(TextScreen.FragmentsOf(kind, [term]))), $"{term} held back in: {line}");
                checkedWords++;
            }
        }
        Assert.True(checkedWords > 5_000);
    }

    [Theory]
    [InlineData("possibility")]   // -> possibl: the stem ends in letters the word does not have there
    [InlineData("reasonably")]
    [InlineData("hoping")]        // -> hope
    [InlineData("ponies")]        // -> poni
    [InlineData("generalizations")]
    [InlineData("happily")]
    [InlineData("Russia’s")]
    [InlineData("O’Clock")]
    [InlineData("“MULTIPOLARITY”")]
    [InlineData("nobility")]      // -> nobl
    [InlineData("happy")]         // -> happi
    [InlineData("relating")]      // -> relat
    [InlineData("tendency")]      // -> tendenc
    [InlineData("wars")]          // -> war, looked for whole
    public void Words_whose_stems_are_rewritten_still_get_through(string word)
    {
        var text = $"Some words before {word}, and after.";
        foreach (var (field, kind) in new[] { ("body", HighlightKind.Stemmed), ("body_exact", HighlightKind.Exact) })
        {
            var terms = TextAnalysis.Tokens(Analyzer, field, word).Select(t => t.Term).ToList();
            Assert.True(TextScreen.MightMatch(text, TextScreen.Prepare(TextScreen.FragmentsOf(kind, terms))), $"{field}: {string.Join(' ', terms)}");
        }
    }

    // Every suffix rule of the Porter stemmer, after stems of different lengths and shapes: whatever the rule
    // rewrites, the screen must still let the word through.
    [Fact]
    public void Every_porter_rewrite_gets_through()
    {
        string[] stems = ["a", "ab", "bi", "hop", "nob", "rel", "war", "poss", "happ", "tend", "sens", "cond", "organ", "gener", "format", "nation", "trouble"];
        string[] suffixes = ["", "s", "es", "ies", "sses", "ed", "eed", "ing", "ings", "ated", "ating", "bled", "izing", "y", "ly", "ily", "ally",
            "ational", "tional", "ency", "ancy", "enci", "anci", "izer", "izers", "bly", "bli", "alli", "ently", "ely", "ously", "ization",
            "izations", "ation", "ations", "ator", "alism", "iveness", "fulness", "ousness", "ality", "ivity", "ibility", "ability", "bility",
            "logy", "logi", "icate", "ative", "alize", "icity", "ical", "ful", "ness", "ance", "ence", "er", "ic", "able", "ible", "ant",
            "ement", "ment", "ent", "sion", "tion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "lled"];
        var checkedWords = 0;
        foreach (var stem in stems)
        {
            foreach (var suffix in suffixes)
            {
                var word = stem + suffix;
                var text = $"Some text before {word}, and after.";
                var terms = TextAnalysis.Tokens(Analyzer, "body", word).Select(t => t.Term).ToList();
                Assert.True(TextScreen.MightMatch(text, TextScreen.Prepare(TextScreen.FragmentsOf(HighlightKind.Stemmed, terms))), $"{word} -> {string.Join(' ', terms)}");
                checkedWords++;
            }
        }
        Assert.True(checkedWords > 1_000);
    }

    [Theory]
    [InlineData("war", "war")]        // a stem's last letter is the word's unless it is one a rewrite adds
    [InlineData("hope", "hop")]       // from hoping
    [InlineData("happi", "happ")]     // from happy
    [InlineData("possibl", "possib")] // from possibility
    public void A_stem_is_looked_for_without_a_last_letter_a_rewrite_may_have_added(string stem, string fragment)
    {
        Assert.Equal([fragment], TextScreen.FragmentsOf(HighlightKind.Stemmed, [stem]));
    }

    [Fact]
    public void A_text_without_the_word_is_held_back()
    {
        Assert.False(TextScreen.MightMatch("Trade talks resumed on Monday.", TextScreen.Prepare(TextScreen.FragmentsOf(HighlightKind.Stemmed, ["multipolar"]))));
        Assert.False(TextScreen.MightMatch("a multipolar order", TextScreen.Prepare(TextScreen.FragmentsOf(HighlightKind.Exact, ["multipolar", "world"]))));
        Assert.False(TextScreen.MightMatch("Trade talks resumed on Monday.", TextScreen.Prepare(TextScreen.FragmentsOf(HighlightKind.Stemmed, ["war"]))));
    }

    [Fact]
    public void Texts_with_letters_that_fold_are_always_analysed()
    {
        Assert.True(TextScreen.MightMatch("Élysée", TextScreen.Prepare(TextScreen.FragmentsOf(HighlightKind.Exact, ["elysee"]))));
        Assert.True(TextScreen.MightMatch("straße", TextScreen.Prepare(TextScreen.FragmentsOf(HighlightKind.Exact, ["strasse"]))));
    }

    [Fact]
    public void Fuzzy_words_and_short_terms_are_not_screened()
    {
        Assert.Empty(TextScreen.FragmentsOf(HighlightKind.Fuzzy, ["multipolar"]));
        Assert.Empty(TextScreen.FragmentsOf(HighlightKind.Stemmed, ["us"]));
        Assert.Empty(TextScreen.FragmentsOf(HighlightKind.Exact, ["o'clock"]));
    }
}
