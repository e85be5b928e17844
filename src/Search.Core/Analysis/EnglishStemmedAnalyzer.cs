using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// For bare words: Unicode word tokens, possessive <c>'s</c> dropped, lower case, accents folded
/// (<c>Türkiye</c> = <c>Turkiye</c>), English stop words dropped, Porter-stemmed (<c>sanctions</c> = <c>sanction</c>).
/// The same chain as EnglishAnalyzer with accent folding added, so it matches the Java reference.
/// </summary>
internal sealed class EnglishStemmedAnalyzer(int positionIncrementGap) : FoldedAnalyzer(positionIncrementGap)
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(source, Filters(source));
    }

    /// <summary>The filters after the tokenizer, also used by <see cref="TapedAnalysis"/>.</summary>
    /// <param name="tokens">The tokenizer's output.</param>
    /// <returns>The analysed stream.</returns>
    public static TokenStream Filters(TokenStream tokens)
    {
        TokenStream stream = new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, tokens);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, EnglishAnalyzer.DefaultStopSet);
        return new PorterStemFilter(stream);
    }
}
