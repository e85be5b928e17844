using System.Buffers;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Search.Core.Analysis;
using Search.Core.Querying;
using Search.Core.Querying.Syntax;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.MicroBench;

/// <summary>
/// Finding a query's words in one body paragraph, which a search does for every paragraph of every hit shown:
/// the substring screen that rules a paragraph out, and the analysis that finds the spans where it cannot.
/// </summary>
[MemoryDiagnoser]
public class SnippetBenchmarks
{
    private const string Query = "multipolar world";
    private const string Word = "multipolar";

    // A body paragraph of usual length: in a short one, the fixed cost of each call would be most of the time.
    private const int MinParagraphLength = 300;

    private readonly Analyzer _analyzer = SchemaAnalyzer.For(IndexSchema.Current);
    private readonly SearchField _body;
    private readonly IReadOnlyList<HighlightUnit> _units;
    private readonly IReadOnlyList<SearchValues<string>> _wordFragments;
    private string _withWords = "";
    private string _withoutWords = "";

    public SnippetBenchmarks()
    {
        var fields = new SearchFields(IndexSchema.Current);
        _body = fields.Get(FieldNames.Body, 0);
        // All stemmed: one unit per word, then one for the two words side by side.
        _units = HighlightPlanner.Plan(QueryParser.Parse(Query), _analyzer, fields, SearchScope.Thread);
        _wordFragments = _units[0].Fragments;
    }

    [GlobalSetup]
    public void PickParagraphs()
    {
        var paragraphs = SampleArticle.Load().Paragraphs.Where(p => p.Length >= MinParagraphLength).ToList();
        _withWords = paragraphs.FirstOrDefault(p => p.Contains(Word, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"no long paragraph of the sample article holds \"{Word}\"");
        // One that the screen rules out for every unit, so finding in it costs no analysis; a paragraph with a
        // non-ASCII letter always passes the screen.
        _withoutWords = paragraphs.FirstOrDefault(p => _units.All(u => !TextScreen.MightMatch(p, u.Fragments)))
            ?? throw new InvalidOperationException($"the screen rules out no long paragraph of the sample article for \"{Query}\"");
    }

    [GlobalCleanup]
    public void Release() => _analyzer.Dispose();

    [Benchmark]
    public bool ScreenWithWord() => TextScreen.MightMatch(_withWords, _wordFragments);

    [Benchmark]
    public bool ScreenWithoutWord() => TextScreen.MightMatch(_withoutWords, _wordFragments);

    [Benchmark]
    public int FindWithWords() => SpanFinder.Find(_withWords, _body, _units, _analyzer).Count;

    [Benchmark]
    public int FindWithoutWords() => SpanFinder.Find(_withoutWords, _body, _units, _analyzer).Count;
}
