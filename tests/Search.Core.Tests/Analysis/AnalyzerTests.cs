using Lucene.Net.Analysis;
using Search.Core.Analysis;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Core.Tests.Analysis;

/// <summary>How text becomes terms: stemmed for bare words, exact for phrases, folded for both.</summary>
public class AnalyzerTests
{
    private static readonly Analyzer Analyzer = SchemaAnalyzer.For(IndexSchema.Current);

    private static List<string> Terms(string field, string text) =>
        TextAnalysis.Tokens(Analyzer, field, text).Select(t => t.Term).ToList();

    [Fact]
    public void Bare_words_are_stemmed_and_stop_words_dropped()
    {
        Assert.Equal(Terms("body", "sanction"), Terms("body", "sanctions"));
        Assert.Equal(["multipolar", "world"], Terms("body", "the multipolar world"));
    }

    [Fact]
    public void Phrase_fields_keep_every_word_as_written_but_lower_case()
    {
        Assert.Equal(["in", "a", "multipolar", "world"], Terms("body_exact", "In a “Multipolar” World."));
        Assert.Equal(["sanctions"], Terms("comment_exact", "Sanctions"));
    }

    [Theory]
    [InlineData("Russia’s", "Russia's")]
    [InlineData("Türkiye", "Turkiye")]
    [InlineData("“hybrid war”", "\"hybrid war\"")]
    [InlineData("ÉLYSÉE", "elysee")]
    public void Typographic_quotes_case_and_accents_fold(string written, string typed)
    {
        foreach (var field in new[] { "title", "title_exact", "body", "body_exact", "comment", "comment_exact" })
        {
            Assert.Equal(Terms(field, typed), Terms(field, written));
        }
    }

    [Fact]
    public void Possessives_are_dropped_for_bare_words_and_phrases_alike()
    {
        Assert.Equal(Terms("body", "Russia"), Terms("body", "Russia’s"));
        Assert.Equal(["russia"], Terms("body_exact", "Russia’s"));
        Assert.Equal(["russia"], Terms("body_exact", "Russia's"));
        Assert.Equal(["don't"], Terms("body_exact", "don’t"));
    }

    [Fact]
    public void Author_and_source_are_whole_words_unstemmed()
    {
        Assert.Equal(["tomko", "kubianca"], Terms("author", "Tomko Kubianca"));
        Assert.Equal(["southfront"], Terms("source", "SouthFront"));
        Assert.Equal(["000_2bf88532322e37d8"], Terms("id", "000_2bf88532322e37d8"));
    }

    [Fact]
    public void Values_of_one_field_are_kept_apart_by_the_schema_position_gap()
    {
        Assert.Equal(IndexSchema.Current.PositionIncrementGap, Analyzer.GetPositionIncrementGap("comment_exact"));
        Assert.True(IndexSchema.Current.PositionIncrementGap >= 100);
    }
}
