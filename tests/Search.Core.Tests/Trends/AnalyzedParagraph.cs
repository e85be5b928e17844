using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.Core.Tests.Trends;

/// <summary>
/// One paragraph of a text as the oracle sees it: its terms by position, once as bare words are searched (stemmed,
/// stop words dropped) and once as phrases are (exact, stop words kept). Both are read with their position
/// increments, so a stop word the stemmed side drops still takes its place and the two sides share positions, as the
/// index's stemmed and exact fields do.
/// </summary>
/// <param name="Stemmed">The stemmed terms by position.</param>
/// <param name="Exact">The exact terms by position.</param>
internal sealed record AnalyzedParagraph(IReadOnlyDictionary<int, string> Stemmed, IReadOnlyDictionary<int, string> Exact)
{
    private static readonly Analyzer StemmedAnalyzer = new StemmedAnalyzer(IndexSchema.Current.PositionIncrementGap, SchemaAnalyzer.Languages(IndexSchema.Current));
    private static readonly Analyzer ExactAnalyzer = new ExactAnalyzer(IndexSchema.Current.PositionIncrementGap, SchemaAnalyzer.Languages(IndexSchema.Current));

    /// <summary>Analyses one paragraph both ways.</summary>
    public static AnalyzedParagraph Of(string text) => new(Terms(StemmedAnalyzer, text), Terms(ExactAnalyzer, text));

    /// <summary>A query word as bare words are searched: its one stemmed term.</summary>
    public static string StemmedTerm(string word) => Terms(StemmedAnalyzer, word).Values.Single();

    /// <summary>A quoted phrase as phrases are searched: its exact terms, each with its position relative to the first.</summary>
    public static IReadOnlyList<(int Offset, string Term)> ExactTerms(string phrase)
    {
        var terms = Terms(ExactAnalyzer, phrase).OrderBy(t => t.Key).ToList();
        return [.. terms.Select(t => (t.Key - terms[0].Key, t.Value))];
    }

    private static Dictionary<int, string> Terms(Analyzer analyzer, string text)
    {
        var terms = new Dictionary<int, string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(position, term.ToString());
        }
        stream.End();
        return terms;
    }
}
