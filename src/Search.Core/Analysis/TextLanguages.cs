using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// The languages this build can analyse, by the names the schema's <c>languages</c> declare, and the two filter
/// chains they make together: one for bare words (stemmed, stop words skipped) and one for phrases (as written).
/// Adding a language is a <see cref="TextLanguage"/> here and its name in the schema.
/// </summary>
internal static class TextLanguages
{
    /// <summary>English: Lucene's English stop words, the Porter stemmer (as the Java reference analyses).</summary>
    public static TextLanguage English { get; } = new("english", "Latin", null, EnglishAnalyzer.DefaultStopSet,
        tokens => new PorterStemFilter(tokens), StemsFirst: false);

    /// <summary>Russian: <see cref="CyrillicFolding"/>, Lucene's Russian stop words, the Snowball Russian stemmer.</summary>
    public static TextLanguage Russian { get; } = new("russian", "Cyrillic", tokens => new CyrillicFoldFilter(tokens),
        RussianAnalyzer.DefaultStopSet, tokens => new RussianStemFilter(tokens), StemsFirst: true);

    /// <summary>Every known language by name.</summary>
    public static IReadOnlyDictionary<string, TextLanguage> Known { get; } =
        new[] { English, Russian }.ToDictionary(l => l.Name, StringComparer.Ordinal);

    /// <summary>The filters of bare-word search after the tokenizer.</summary>
    /// <param name="tokens">The tokenizer's output.</param>
    /// <param name="languages">The schema's languages.</param>
    public static TokenStream Stemmed(TokenStream tokens, IReadOnlyList<TextLanguage> languages)
    {
        var stream = Folded(tokens, languages);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, StopWords(languages));
        foreach (var language in languages.OrderBy(l => l.StemsFirst ? 0 : 1))
        {
            stream = language.Stem(stream);
        }
        return stream;
    }

    /// <summary>
    /// The filters of phrase search after the tokenizer: English possessive <c>'s</c> dropped, lower case, accents
    /// folded, then each language's folding; no stemming, every stop word kept.
    /// </summary>
    /// <param name="tokens">The tokenizer's output.</param>
    /// <param name="languages">The schema's languages.</param>
    public static TokenStream Folded(TokenStream tokens, IReadOnlyList<TextLanguage> languages)
    {
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, tokens)));
        foreach (var language in languages.Where(l => l.Fold is not null))
        {
            stream = language.Fold!(stream);
        }
        return stream;
    }

    // Each script's stop words are written in it, so one set serves every language without a word of one being
    // taken for a stop word of another. Built once per set of languages.
    private static readonly Dictionary<string, CharArraySet> StopSets = [];

    private static CharArraySet StopWords(IReadOnlyList<TextLanguage> languages)
    {
        var key = string.Join(",", languages.Select(l => l.Name));
        lock (StopSets)
        {
            if (!StopSets.TryGetValue(key, out var set))
            {
                set = new CharArraySet(LuceneVersion.LUCENE_48, 0, ignoreCase: false);
                foreach (var language in languages)
                {
                    set.UnionWith(language.StopWords);
                }
                StopSets[key] = set = set.AsReadOnly();
            }
            return set;
        }
    }
}
