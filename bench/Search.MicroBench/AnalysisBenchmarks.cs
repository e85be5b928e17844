using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.MicroBench;

/// <summary>
/// Indexing one article's body into its stemmed field and exact twin, paragraph by paragraph as the indexer does:
/// through the writer's analyzer, which tokenizes each paragraph twice, and through <see cref="TapedAnalysis"/>,
/// which tokenizes it once.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks : IDisposable
{
    private const int BodyLength = 3000;

    private readonly Analyzer _analyzer = SchemaAnalyzer.For(IndexSchema.Current);
    private readonly TapedAnalysis _taped = new(SchemaAnalyzer.Languages(IndexSchema.Current));
    private readonly SearchField _body = new SearchFields(IndexSchema.Current).Get(FieldNames.Body, 0);
    private IReadOnlyList<string> _paragraphs = [];

    [GlobalSetup]
    public void LoadBody() => _paragraphs = SampleArticle.LeadingParagraphs(SampleArticle.Load(), BodyLength);

    [GlobalCleanup]
    public void Dispose()
    {
        _taped.Dispose();
        _analyzer.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public int AnalyzerPerField()
    {
        var tokens = 0;
        foreach (var paragraph in _paragraphs)
        {
            tokens += Drain(_analyzer.GetTokenStream(_body.Stemmed, paragraph));
            tokens += Drain(_analyzer.GetTokenStream(_body.Exact, paragraph));
        }
        return tokens;
    }

    [Benchmark]
    public int TapedOnce()
    {
        var tokens = 0;
        foreach (var paragraph in _paragraphs)
        {
            tokens += Drain(_taped.Stream(paragraph, "stemmed"));
            tokens += Drain(_taped.Stream(paragraph, "exact"));
        }
        _taped.Forget();
        return tokens;
    }

    // As the index writer consumes a stream; disposing it is what lets the next text reuse it.
    private static int Drain(TokenStream stream)
    {
        var tokens = 0;
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens++;
        }
        stream.End();
        stream.Dispose();
        return tokens;
    }
}
