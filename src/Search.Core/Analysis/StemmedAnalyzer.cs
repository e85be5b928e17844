using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// For bare words: Unicode word tokens, each analysed by its script's language (<see cref="TextLanguages.Stemmed"/>):
/// English words with possessive <c>'s</c> dropped, lower case, accents folded (<c>Türkiye</c> = <c>Turkiye</c>),
/// English stop words dropped and the Porter stemmer (<c>sanctions</c> = <c>sanction</c>), as the Java reference's
/// EnglishAnalyzer with accent folding; Russian words folded (<c>ё</c> = <c>е</c>), Russian stop words dropped and
/// the Snowball Russian stemmer (<c>мира</c> = <c>мир</c>).
/// </summary>
internal sealed class StemmedAnalyzer(int positionIncrementGap, IReadOnlyList<TextLanguage> languages) : FoldedAnalyzer(positionIncrementGap)
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(source, TextLanguages.Stemmed(source, languages));
    }
}
