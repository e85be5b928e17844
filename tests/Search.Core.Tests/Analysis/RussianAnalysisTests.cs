using Lucene.Net.Analysis;
using Search.Core.Analysis;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Core.Tests.Analysis;

/// <summary>
/// Cyrillic words analysed as Russian, chosen per word by script: stemmed for bare words, as written for phrases,
/// ё = е and case folded on both sides, a word mixing scripts taken in the script of most of its letters.
/// </summary>
public class RussianAnalysisTests
{
    private static readonly Analyzer Analyzer = SchemaAnalyzer.For(IndexSchema.Current);

    private static List<string> Terms(string field, string text) => [.. TextAnalysis.Tokens(Analyzer, field, text).Select(t => t.Term)];

    [Fact]
    public void Inflected_forms_of_a_noun_share_one_stem_for_bare_words()
    {
        Assert.Equal(["мир", "мир", "мир", "мир", "мир"], Terms("body", "мир мира миру миром мире"));
    }

    [Fact]
    public void Inflected_forms_of_an_adjective_share_one_stem()
    {
        Assert.Equal(["русск", "русск", "русск", "русск"], Terms("body", "русский русского русскому русском"));
    }

    [Fact]
    public void Phrases_keep_each_form_as_written_and_keep_stop_words()
    {
        Assert.Equal(["идеологи", "русского", "мира", "и", "не", "только"], Terms("body_exact", "Идеологи русского мира и не только"));
    }

    [Fact]
    public void Russian_stop_words_are_skipped_in_bare_words_only()
    {
        Assert.Equal(["идеолог", "русск", "мир"], Terms("body", "Идеологи русского мира и не только"));
    }

    [Fact]
    public void Yo_is_ye_and_case_is_folded_on_both_sides()
    {
        Assert.Equal(Terms("body_exact", "горбачев еще"), Terms("body_exact", "ГОРБАЧЁВ ЕЩЁ"));
        Assert.Equal(Terms("body", "Горбачев"), Terms("body", "Горбачёв"));
    }

    [Fact]
    public void A_text_mixing_english_and_russian_gets_each_word_its_own_language()
    {
        Assert.Equal(["sanction", "hurt", "санкц", "работа"], Terms("comment", "Sanctions hurt. Санкции не работают."));
    }

    [Theory]
    [InlineData("Pусский", "русский")] // Latin P
    [InlineData("pуcский", "русский")] // Latin p and c
    [InlineData("Russiа", "russia")] // Cyrillic а in a Latin word
    [InlineData("МИP", "мир")] // Latin capital P
    public void A_word_mixing_scripts_is_read_in_the_script_of_most_of_its_letters(string written, string read)
    {
        Assert.Equal([read], Terms("body_exact", written));
    }

    [Fact]
    public void Words_in_other_scripts_are_tokenized_as_before_and_never_refused()
    {
        Assert.Equal(["ειρήνη"], Terms("body_exact", "ΕΙΡΉΝΗ"));
        Assert.Equal(["日", "本", "語"], Terms("body_exact", "日本語"));
    }
}
