using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// For quoted phrases: Unicode word tokens, lower case, accents folded; no stemming and every stop word kept,
/// so <c>"multipolar world"</c> means exactly those words in that order.
/// Also used for names and sites, where stemming would be wrong for the same reason.
/// </summary>
internal sealed class ExactAnalyzer(int positionIncrementGap) : FoldedAnalyzer(positionIncrementGap)
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
    public static TokenStream Filters(TokenStream tokens) =>
        new ASCIIFoldingFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, tokens));
}
