using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;

namespace Search.Core.Analysis;

/// <summary>
/// How the words of one language are analysed, chosen per word by the script they are written in: what folds
/// them first (both for bare words and phrases), the stop words that bare-word search skips, and the stemmer.
/// </summary>
/// <param name="Name">The name the schema's <c>languages</c> use.</param>
/// <param name="Script">The script its words are recognised by.</param>
/// <param name="Fold">What folds its words after lower-casing, or null.</param>
/// <param name="StopWords">The words bare-word search skips.</param>
/// <param name="Stem">The stemmer, applied to its script's words only.</param>
/// <param name="StemsFirst">
/// Whether its stemmer marks what it stemmed as keywords and so must run before a stemmer that would take any word
/// (Porter's, which knows no scripts, runs last).
/// </param>
internal sealed record TextLanguage(
    string Name,
    string Script,
    Func<TokenStream, TokenStream>? Fold,
    CharArraySet StopWords,
    Func<TokenStream, TokenStream> Stem,
    bool StemsFirst);
