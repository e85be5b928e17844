using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// For quoted phrases: Unicode word tokens, English possessive <c>'s</c> dropped, lower case, accents folded, each
/// language's folding (<c>ё</c> = <c>е</c>); no stemming and every stop word kept, so <c>"multipolar world"</c>
/// means exactly those words in that order. The possessive goes on both sides, so <c>"Samantha Power"</c> finds
/// <c>Samantha Power’s</c> and <c>"Russia's foreign policy"</c> finds what <c>"Russia foreign policy"</c> finds: a
/// name is searched with its possessive far more often than a phrase needs the <c>'s</c> to tell it apart.
/// Also used for names and sites, where stemming would be wrong for the same reason.
/// </summary>
internal sealed class ExactAnalyzer(int positionIncrementGap, IReadOnlyList<TextLanguage> languages) : FoldedAnalyzer(positionIncrementGap)
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(source, TextLanguages.Folded(source, languages));
    }
}
