using BenchmarkDotNet.Attributes;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.MicroBench;

/// <summary>
/// What copy detection adds to indexing one article: the MinHash signature of its body, against tokenizing the
/// same body for its two searched fields (<see cref="TapedAnalysis"/>, as the indexer does).
/// </summary>
[MemoryDiagnoser]
public class CopySignatureBenchmarks : IDisposable
{
    private const int BodyLength = 3000;

    private readonly TapedAnalysis _taped = new(SchemaAnalyzer.Languages(IndexSchema.Current));
    private IReadOnlyList<string> _paragraphs = [];

    [GlobalSetup]
    public void LoadBody() => _paragraphs = SampleArticle.LeadingParagraphs(SampleArticle.Load(), BodyLength);

    [GlobalCleanup]
    public void Dispose()
    {
        _taped.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public int AnalysedForSearch()
    {
        var tokens = 0;
        foreach (var paragraph in _paragraphs)
        {
            foreach (var analyzer in (string[])["stemmed", "exact"])
            {
                using var stream = _taped.Stream(paragraph, analyzer);
                stream.Reset();
                while (stream.IncrementToken())
                {
                    tokens++;
                }
                stream.End();
            }
        }
        _taped.Forget();
        return tokens;
    }

    [Benchmark]
    public byte[]? Signature() => CopySignature.Of(_paragraphs);
}
