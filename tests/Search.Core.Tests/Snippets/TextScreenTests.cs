using Lucene.Net.Analysis;
using Search.Core.Analysis;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Core.Tests.Snippets;

/// <summary>The screen may let through texts that do not match, but never hold back one that does.</summary>
public class TextScreenTests
{
    private static readonly Analyzer Analyzer = SchemaAnalyzer.For(IndexSchema.Current);

    private static IEnumerable<string> CorpusLines() =>
        Directory.EnumerateFiles(RepositoryPaths.DefaultCorpus).SelectMany(File.ReadLines).Where(l => l.Length > 0);

    [Theory]
    [InlineData("body", nameof(HighlightKind.Stemmed))]
    [InlineData("body_exact", nameof(HighlightKind.Exact))]
    public void Every_word_of_the_default_corpus_gets_through_in_every_line_it_is_in(string field, string kindName)
    {
        var kind = Enum.Parse<HighlightKind>(kindName);
        var checkedWords = 0;
        foreach (var line in CorpusLines())
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
    public void Words_whose_stems_are_rewritten_still_get_through(string word)
    {
        var text = $"Some words before {word}, and after.";
        foreach (var (field, kind) in new[] { ("body", HighlightKind.Stemmed), ("body_exact", HighlightKind.Exact) })
        {
            var terms = TextAnalysis.Tokens(Analyzer, field, word).Select(t => t.Term).ToList();
            Assert.True(TextScreen.MightMatch(text, TextScreen.Prepare(TextScreen.FragmentsOf(kind, terms))), $"{field}: {string.Join(' ', terms)}");
        }
    }

    [Fact]
    public void A_text_without_the_word_is_held_back()
    {
        Assert.False(TextScreen.MightMatch("Trade talks resumed on Monday.", TextScreen.Prepare(TextScreen.FragmentsOf(HighlightKind.Stemmed, ["multipolar"]))));
        Assert.False(TextScreen.MightMatch("a multipolar order", TextScreen.Prepare(TextScreen.FragmentsOf(HighlightKind.Exact, ["multipolar", "world"]))));
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
