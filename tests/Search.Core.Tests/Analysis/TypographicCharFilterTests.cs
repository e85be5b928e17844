using Lucene.Net.Analysis;
using Search.Core.Analysis;
using Search.Core.Corpus;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Core.Tests.Analysis;

/// <summary>Folding typographic characters must not move highlights: every token's offsets point into the original.</summary>
public class TypographicCharFilterTests
{
    private static readonly Analyzer Analyzer = SchemaAnalyzer.For(IndexSchema.Current);

    // Each token's term with the original text its offsets point at.
    private static List<(string Term, string Original)> Tokens(string field, string text) =>
        TextAnalysis.Tokens(Analyzer, field, text).Select(t => (t.Term, text[t.Start..t.End])).ToList();

    [Fact]
    public void Offsets_after_an_ellipsis_point_at_the_original_words()
    {
        Assert.Equal(
            [("wait", "Wait"), ("don't", "don’t"), ("world", "world"), ("order", "order")],
            Tokens("body_exact", "Wait… don’t “world”… order…"));
    }

    [Fact]
    public void A_long_text_folds_the_same_across_read_boundaries()
    {
        // Letters only: a digit before an apostrophe would split the word; ’d, not ’s, which the exact fields drop.
        static string Word(int i) => string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0')));
        var words = Enumerable.Range(0, 3000).Select(i => i % 7 == 0 ? $"{Word(i)}…" : $"“{Word(i)}’d”").ToList();
        var tokens = Tokens("body_exact", string.Join(' ', words));
        Assert.Equal(3000, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(t.Term, TypographicFolding.Fold(t.Original).ToLowerInvariant()));
    }

    [Fact]
    public void Text_without_typographic_characters_is_untouched()
    {
        Assert.Equal([("plain", "plain"), ("text", "text")], Tokens("body_exact", "plain text"));
    }

    [Fact]
    public void Every_folded_character_lies_outside_ascii_where_the_filter_skips_without_looking()
    {
        Assert.All(TypographicFolding.Map.Keys, c => Assert.True(c > '\u007F', $"U+{(int)c:X4}"));
    }

    [Fact]
    public void Folding_characters_after_other_non_ascii_letters_are_still_folded()
    {
        Assert.Equal([("cafe'd", "café’d"), ("naive", "naïve"), ("don't", "don’t")], Tokens("body_exact", "café’d «naïve» don’t"));
    }
}
