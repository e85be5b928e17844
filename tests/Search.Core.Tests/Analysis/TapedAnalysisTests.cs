using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.Core.Tests.Analysis;

/// <summary>Tokenizing once for two fields must index exactly what each field's own analyzer would.</summary>
public class TapedAnalysisTests
{
    private static readonly Analyzer Analyzer = SchemaAnalyzer.For(IndexSchema.Current);

    private static TapedAnalysis NewTaped() => new(SchemaAnalyzer.Languages(IndexSchema.Current));

    // Every token with its position increment, offsets and type, then the end state: what the indexer reads. More than
    // TextAnalysis.Tokens keeps, and of a stream that no analyzer made (the taped one), so it reads the stream itself.
    private static List<string> Trace(TokenStream stream)
    {
        var trace = new List<string>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            trace.Add($"{term} +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset} {type.Type}");
        }
        stream.End();
        trace.Add($"end +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset}");
        stream.Dispose();
        return trace;
    }

    public static TheoryData<string> Texts() =>
    [
        "",
        "…",
        "In a “Multipolar” World… Russia’s sanctions, the E.U.’s 2023 plans.",
        "It is what it is and that is that",      // a trailing stop word moves the end position
        "Türkiye ÉLYSÉE straße naïve café",
        new string('x', 300) + " after a token too long to keep",
        "email@example.com http://example.com/a?b=c 3.14 O’Clock rock’n’roll",
        "日本語のテキスト and 한국어 mixed with English",
        "Концепция русского мира, ЕЩЁ РАЗ: Pусский мир and the Russkiy Mir of Russiа",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Both_chains_give_what_the_field_analyzers_give(string text)
    {
        using var taped = NewTaped();
        foreach (var (field, analyzer) in new[] { ("body", "stemmed"), ("body_exact", "exact"), ("comment", "stemmed"), ("comment_exact", "exact") })
        {
            Assert.Equal(Trace(Analyzer.GetTokenStream(field, text)), Trace(taped.Stream(text, analyzer)));
        }
    }

    [Fact]
    public void Every_line_of_the_default_corpus_analyses_the_same_both_ways()
    {
        using var taped = NewTaped();
        var lines = Directory.EnumerateFiles(RepositoryPaths.DefaultCorpus).SelectMany(File.ReadLines).ToList();
        foreach (var line in lines)
        {
            // Exact first, then stemmed, then exact again: the tape is recorded once and played in any order.
            Assert.Equal(Trace(Analyzer.GetTokenStream("body_exact", line)), Trace(taped.Stream(line, "exact")));
            Assert.Equal(Trace(Analyzer.GetTokenStream("body", line)), Trace(taped.Stream(line, "stemmed")));
            Assert.Equal(Trace(Analyzer.GetTokenStream("body_exact", line)), Trace(taped.Stream(line, "exact")));
        }
        taped.Forget();
        Assert.True(lines.Count > 100);
    }

    [Fact]
    public void The_translit_shadow_keeps_the_cyrillic_words_keys_and_stem_keys_at_their_exact_positions()
    {
        using var taped = NewTaped();
        const string text = "The Russkiy Mir, or Русский мир, of русского мира";

        var trace = Trace(taped.Stream(text, "translit"));

        // Positions: the=0 russkiy=1 mir=2 or=3 русский=4 мир=5 of=6 русского=7 мира=8, as in the exact field.
        Assert.Equal(
            ["russki +5 20-27 <ALPHANUM>", "~russk +0 20-27 <ALPHANUM>", "mir +1 28-31 <ALPHANUM>", "~mir +0 28-31 <ALPHANUM>",
             "russkogo +2 36-44 <ALPHANUM>", "~russk +0 36-44 <ALPHANUM>", "mira +1 45-49 <ALPHANUM>", "~mir +0 45-49 <ALPHANUM>",
             "end +0 49-49"],
            trace);
    }

    [Fact]
    public void A_text_without_cyrillic_letters_gives_the_translit_shadow_nothing()
    {
        using var taped = NewTaped();

        Assert.Equal(["end +0 28-28"], Trace(taped.Stream("The Russkiy Mir is a concept", "translit")));
    }
}
