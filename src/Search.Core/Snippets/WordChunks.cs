using System.Buffers;
using Lucene.Net.Analysis;

namespace Search.Core.Snippets;

/// <summary>
/// Analyses only the parts of a plain text where a single word can match: the whitespace-separated chunks in which
/// one of its <see cref="TextScreen"/> fragments occurs. Analysing whole paragraphs for a word found in two places
/// was most of a query's snippet time.
/// </summary>
/// <remarks>
/// The tokenizer never makes a token across whitespace and every filter after it works on one token at a time, so a
/// chunk analysed alone gives the same terms and offsets as inside the whole text. In a plain text a matching
/// token's term starts with its text as written (<see cref="TextScreen"/>), so it starts where its fragment occurs.
/// Positions are only counted up through the chunks: good for single words, not for phrases.
/// </remarks>
internal static class WordChunks
{
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\n\r\f\v");

    /// <summary>Whether the words can be found this way in the text: each has a fragment and the text is plain.</summary>
    /// <param name="text">The text.</param>
    /// <param name="words">The units to find; only single words qualify.</param>
    public static bool Apply(string text, IReadOnlyList<HighlightUnit> words) =>
        words.All(w => !w.IsPhrase && w.Fragments.Count > 0 && w.Kind is HighlightKind.Stemmed or HighlightKind.Exact) &&
        TextScreen.IsPlain(text);

    /// <summary>The wanted tokens of the chunks where one of the words' fragments occurs, in order.</summary>
    /// <param name="analyzer">The per-field analyzer.</param>
    /// <param name="field">The index field whose analysis to use.</param>
    /// <param name="text">A text for which <see cref="Apply"/> holds.</param>
    /// <param name="words">The words.</param>
    /// <param name="wanted">The tokens to keep.</param>
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string field, string text, IReadOnlyList<HighlightUnit> words, WantedTerms wanted)
    {
        var starts = new SortedSet<int>();
        foreach (var word in words)
        {
            var fragment = word.Fragments[0];
            for (var at = text.AsSpan().IndexOfAny(fragment); at >= 0;)
            {
                starts.Add(text.AsSpan(0, at).LastIndexOfAny(Whitespace) + 1);
                var next = text.AsSpan(at + 1).IndexOfAny(fragment);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        var tokens = new List<AnalyzedToken>();
        var end = 0;
        foreach (var start in starts)
        {
            if (start < end)
            {
                continue;
            }
            var length = text.AsSpan(start).IndexOfAny(Whitespace);
            end = length < 0 ? text.Length : start + length;
            var position = tokens.Count == 0 ? 0 : tokens[^1].Position + 1;
            foreach (var token in TextAnalysis.Tokens(analyzer, field, text[start..end], wanted))
            {
                tokens.Add(token with { Position = position + token.Position, Start = start + token.Start, End = start + token.End });
            }
        }
        return tokens;
    }
}
