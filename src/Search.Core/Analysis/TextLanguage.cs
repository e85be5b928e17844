using Lucene.Net.Analysis;

namespace Search.Core.Analysis;

/// <summary>
/// How the words of one language are analysed, chosen per word by the script they are written in.
/// </summary>
/// <param name="Name">The name the schema's <c>languages</c> use.</param>
/// <param name="Script">The script its words are recognised by.</param>
/// <param name="Words">
/// Its filters after lower-casing and accent folding: given <c>true</c>, for bare words (folding, stop words dropped,
/// stemming); given <c>false</c>, for phrases (folding only). Words of other scripts must pass through untouched,
/// unless <paramref name="TakesTheRest"/>.
/// </param>
/// <param name="TakesTheRest">
/// Whether it analyses every word that reaches it (English: Porter's stemmer knows no scripts), so it runs after the
/// languages that pick their own script's words out (and mark what they stemmed as keywords, which it leaves alone).
/// </param>
/// <param name="AppearsIn">
/// Whether a text has a word of its script: indexing leaves its filters out of a text without one, where they would
/// change nothing (a language that takes the rest is always in).
/// </param>
internal sealed record TextLanguage(string Name, string Script, Func<TokenStream, bool, TokenStream> Words, bool TakesTheRest, Func<string, bool> AppearsIn);
