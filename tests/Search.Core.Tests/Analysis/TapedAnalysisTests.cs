using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.Core.Tests.Analysis;

/// <summary>Tokenizing once for two fields must index exactly what each field's own analyzer would.</summary>
public class TapedAnalysisTests
{
    private static readonly Analyzer Analyzer = SchemaAnalyzer.For(IndexSchema.Current);

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
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Both_chains_give_what_the_field_analyzers_give(string text)
    {
        using var taped = new TapedAnalysis();
        foreach (var (field, stemmed) in new[] { ("body", true), ("body_exact", false), ("comment", true), ("comment_exact", false) })
        {
            Assert.Equal(Trace(Analyzer.GetTokenStream(field, text)), Trace(taped.Stream(text, stemmed)));
        }
    }

    [Fact]
    public void Every_line_of_the_default_corpus_analyses_the_same_both_ways()
    {
        using var taped = new TapedAnalysis();
        var lines = Directory.EnumerateFiles(RepositoryPaths.DefaultCorpus).SelectMany(File.ReadLines).ToList();
        foreach (var line in lines)
        {
            // Exact first, then stemmed, then exact again: the tape is recorded once and played in any order.
            Assert.Equal(Trace(Analyzer.GetTokenStream("body_exact", line)), Trace(taped.Stream(line, stemmed: false)));
            Assert.Equal(Trace(Analyzer.GetTokenStream("body", line)), Trace(taped.Stream(line, stemmed: true)));
            Assert.Equal(Trace(Analyzer.GetTokenStream("body_exact", line)), Trace(taped.Stream(line, stemmed: false)));
        }
        taped.Forget();
        Assert.True(lines.Count > 100);
    }
}
