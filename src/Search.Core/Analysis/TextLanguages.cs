using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// The languages this build can analyse, by the names the schema's <c>languages</c> declare, and the two filter
/// chains they make together: one for bare words (stemmed, stop words skipped) and one for phrases (as written).
/// Adding a language is a <see cref="TextLanguage"/> here and its name in the schema.
/// </summary>
internal static class TextLanguages
{
    /// <summary>English: Lucene's English stop words and the Porter stemmer (as the Java reference analyses).</summary>
    public static TextLanguage English { get; } = new("english", "Latin",
        (tokens, stemmed) => stemmed ? new PorterStemFilter(new StopFilter(LuceneVersion.LUCENE_48, tokens, EnglishAnalyzer.DefaultStopSet)) : tokens,
        TakesTheRest: true, AppearsIn: _ => true);

    /// <summary>Russian: <see cref="CyrillicFolding"/>, Lucene's Russian stop words, the Snowball Russian stemmer.</summary>
    public static TextLanguage Russian { get; } = new("russian", "Cyrillic", (tokens, stemmed) => new RussianWordFilter(tokens, stemmed),
        TakesTheRest: false, AppearsIn: text => CyrillicFolding.AnyIn(text));

    /// <summary>Every known language by name.</summary>
    public static IReadOnlyDictionary<string, TextLanguage> Known { get; } =
        new[] { English, Russian }.ToDictionary(l => l.Name, StringComparer.Ordinal);

    /// <summary>The filters of bare-word search after the tokenizer.</summary>
    /// <param name="tokens">The tokenizer's output.</param>
    /// <param name="languages">The schema's languages.</param>
    public static TokenStream Stemmed(TokenStream tokens, IReadOnlyList<TextLanguage> languages) => Chain(tokens, languages, stemmed: true);

    /// <summary>
    /// The filters of phrase search after the tokenizer: English possessive <c>'s</c> dropped, lower case, accents
    /// folded, then each language's folding; no stemming, every stop word kept.
    /// </summary>
    /// <param name="tokens">The tokenizer's output.</param>
    /// <param name="languages">The schema's languages.</param>
    public static TokenStream Folded(TokenStream tokens, IReadOnlyList<TextLanguage> languages) => Chain(tokens, languages, stemmed: false);

    private static TokenStream Chain(TokenStream tokens, IReadOnlyList<TextLanguage> languages, bool stemmed)
    {
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, tokens)));
        foreach (var language in languages.OrderBy(l => l.TakesTheRest ? 1 : 0))
        {
            stream = language.Words(stream, stemmed);
        }
        return stream;
    }
}
