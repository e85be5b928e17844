using System.Buffers;
using Lucene.Net.Analysis;

namespace Search.Core.Snippets;

/// <summary>
/// Analyses only the parts of a plain text where a word or an exact phrase can match: around each whitespace-separated
/// chunk in which one of its <see cref="TextScreen"/> fragments occurs, as many chunks before and after as the
/// phrase has words there. Analysing whole paragraphs for a word found in two places was most of a query's snippet
/// time.
/// </summary>
/// <remarks>
/// The tokenizer never makes a token across whitespace and every filter after it works on one token at a time, so a
/// chunk analysed alone gives the same terms and offsets as inside the whole text. In a plain text a matching
/// token's term starts with its text as written (<see cref="TextScreen"/>), so it starts where its fragment occurs.
/// The exact analysis drops no token, so chunks analysed one after another number their positions as the whole text
/// does; the stemmed one drops stop words, so its phrases are left to the whole analysis.
/// </remarks>
internal static class WordChunks
{
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\n\r\f\v");

    // The tokenizer skips a longer token and leaves its position empty, which a chunk after it would not know of.
    private const int LongestToken = 255;

    // Positions left empty between two parts analysed apart, so that no phrase is found across them.
    private const int Apart = 1_000;

    /// <summary>
    /// Whether the units can be found this way, in a text that <see cref="TextScreen.IsPlain"/>: each a word or exact
    /// phrase with a fragment.
    /// </summary>
    /// <param name="units">The units to find.</param>
    public static bool Apply(IReadOnlyList<HighlightUnit> units) =>
        units.All(u => u.FragmentTerm >= 0 &&
            ((u.Kind == HighlightKind.Stemmed && !u.IsPhrase) || (u.Kind == HighlightKind.Exact && (!u.IsPhrase || u.Slop == 0))));

    /// <summary>The wanted tokens of the parts of the text where the units can occur, in order.</summary>
    /// <param name="analyzer">The per-field analyzer.</param>
    /// <param name="field">The index field whose analysis to use.</param>
    /// <param name="text">A plain text (<see cref="TextScreen.IsPlain"/>).</param>
    /// <param name="units">Units for which <see cref="Apply"/> holds.</param>
    /// <param name="wanted">The tokens to keep.</param>
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string field, string text, IReadOnlyList<HighlightUnit> units, WantedTerms wanted)
    {
        var phrases = units.Any(u => u.IsPhrase);
        var tooLong = false;
        // Each chunk analysed once, by where it starts.
        var analysed = new Dictionary<int, (List<AnalyzedToken> Tokens, int Positions)>();
        (List<AnalyzedToken> Tokens, int Positions) Analysed(int start)
        {
            if (!analysed.TryGetValue(start, out var chunk))
            {
                var end = End(text, start);
                tooLong |= phrases && end - start > LongestToken;
                var kept = TextAnalysis.Tokens(analyzer, field, text[start..end], wanted, out var positions);
                analysed[start] = chunk = (kept, positions);
            }
            return chunk;
        }
        var parts = new List<(int First, int Last)>();
        foreach (var unit in units)
        {
            var fragment = unit.Fragments[0];
            var before = unit.Positions[unit.FragmentTerm] - unit.Positions[0];
            var after = unit.Positions[^1] - unit.Positions[unit.FragmentTerm];
            for (var at = text.AsSpan().IndexOfAny(fragment); at >= 0;)
            {
                // Enough chunks before and after to hold the words of the phrase before and after this one.
                var first = text.AsSpan(0, at).LastIndexOfAny(Whitespace) + 1;
                var last = first;
                for (var (words, c) = (0, Previous(text, first)); words < before && c >= 0; c = Previous(text, c))
                {
                    words += Analysed(first = c).Positions;
                }
                for (var (words, c) = (0, Next(text, last)); words < after && c >= 0; c = Next(text, c))
                {
                    words += Analysed(last = c).Positions;
                }
                parts.Add((first, last));
                var next = text.AsSpan(at + 1).IndexOfAny(fragment);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        var tokens = new List<AnalyzedToken>();
        var position = 0;
        var (done, following) = (-1, -1);
        foreach (var (first, last) in parts.Order())
        {
            var chunk = first;
            if (done >= 0 && first <= following)
            {
                // Overlaps or adjoins the part before: goes on from where that one ended.
                if (last <= done)
                {
                    continue;
                }
                chunk = following;
            }
            else
            {
                position += Apart;
            }
            while (true)
            {
                var (kept, positions) = Analysed(chunk);
                tokens.AddRange(kept.Select(t => t with { Position = position + t.Position, Start = chunk + t.Start, End = chunk + t.End }));
                position += positions;
                if (chunk == last)
                {
                    break;
                }
                chunk = Next(text, chunk);
            }
            (done, following) = (last, Next(text, last) is var n and >= 0 ? n : int.MaxValue);
        }
        return tooLong ? TextAnalysis.Tokens(analyzer, field, text, wanted) : tokens;
    }

    // Where the chunk that starts here ends.
    private static int End(string text, int start)
    {
        var length = text.AsSpan(start).IndexOfAny(Whitespace);
        return length < 0 ? text.Length : start + length;
    }

    // Where the chunk after the one that starts here starts; -1 after the last.
    private static int Next(string text, int start)
    {
        var end = End(text, start);
        var gap = text.AsSpan(end).IndexOfAnyExcept(Whitespace);
        return gap < 0 ? -1 : end + gap;
    }

    // Where the chunk before the one that starts here starts; -1 before the first.
    private static int Previous(string text, int start)
    {
        var last = text.AsSpan(0, start).LastIndexOfAnyExcept(Whitespace);
        return last < 0 ? -1 : text.AsSpan(0, last).LastIndexOfAny(Whitespace) + 1;
    }
}
