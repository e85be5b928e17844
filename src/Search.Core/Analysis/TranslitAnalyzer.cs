using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// For transliterated search (<c>--translit</c>, <c>translit:</c>): every word folded as for phrases and then
/// replaced by its <see cref="Transliteration.Key"/>, at the position it had. Queries and snippets analyse with it;
/// indexing keeps only the Cyrillic words (<see cref="TranslitFilter"/>).
/// </summary>
internal sealed class TranslitAnalyzer(int positionIncrementGap, IReadOnlyList<TextLanguage> languages) : FoldedAnalyzer(positionIncrementGap)
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(source, new TranslitFilter(TextLanguages.Folded(source, languages), cyrillicOnly: false));
    }
}
