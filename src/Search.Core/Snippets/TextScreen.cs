using System.Buffers;

namespace Search.Core.Snippets;

/// <summary>
/// Rules texts out before they are analysed: a text that lacks a plain fragment which every match of a unit
/// contains cannot match it. Analysing every paragraph and comment of each hit was most of a query's snippet time;
/// a case-blind substring search is a small fraction of that.
/// </summary>
/// <remarks>
/// Tokens are pieces of the text, lower-cased and folded, so for texts whose letters are all ASCII a term's leading
/// letters appear in the text as written. Porter stemming only cuts a word's end and rewrites suffixes, and every
/// rewrite leaves at most one letter at the stem's end that the word does not have there: an <c>e</c> it adds
/// (<c>hoping</c> -> <c>hope</c>, <c>relational</c> -> <c>relate</c>), the <c>i</c> of a final <c>y</c>
/// (<c>happy</c> -> <c>happi</c>) or the <c>l</c> of <c>-bility</c> (<c>possibility</c> -> <c>possibl</c>). So a
/// stem ending in one of those three letters is looked for without it, any other stem whole (<c>war</c>, from
/// <c>wars</c>). Texts with other letters (é, ß, ı) fold in ways a substring search does not see, and are always
/// analysed.
/// </remarks>
internal static class TextScreen
{
    private const int ShortestUsefulFragment = 3;

    // ASCII plus the typographic punctuation that scraped text is full of: none of them is a letter that folds.
    private static readonly SearchValues<char> PlainChars = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c)) +
        "\u00A0\u00AB\u00BB\u02BC\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2026\u2032\u2033");

    /// <summary>The fragments that every match of a highlight unit contains; empty when none can be named.</summary>
    /// <param name="kind">How the unit matches.</param>
    /// <param name="terms">Its analysed terms.</param>
    /// <returns>Lower-case ASCII fragments.</returns>
    public static IReadOnlyList<string> FragmentsOf(HighlightKind kind, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (kind is HighlightKind.Fuzzy or HighlightKind.StemmedPattern or HighlightKind.Author or HighlightKind.TranslitExact or HighlightKind.TranslitStemmed)
        {
            return [];
        }
        var fragments = new List<string>();
        foreach (var term in terms)
        {
            var kept = kind == HighlightKind.Stemmed && term is [.., 'e' or 'i' or 'l'] ? term.Length - 1 : term.Length;
            var letters = 0;
            while (letters < kept && char.IsAsciiLetterOrDigit(term[letters]))
            {
                letters++;
            }
            if (letters >= ShortestUsefulFragment)
            {
                fragments.Add(term[..letters]);
            }
        }
        return fragments;
    }

    /// <summary>Prepares fragments for <see cref="MightMatch(string, IReadOnlyList{SearchValues{string}})"/>.</summary>
    /// <param name="fragments">A unit's <see cref="FragmentsOf"/>.</param>
    /// <returns>One searcher per fragment.</returns>
    /// <remarks>
    /// A prepared, vectorised case-blind search: with invariant globalization, <c>string.Contains</c> with
    /// <c>OrdinalIgnoreCase</c> compares one character at a time.
    /// </remarks>
    public static IReadOnlyList<SearchValues<string>> Prepare(IReadOnlyList<string> fragments)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        return fragments.Select(f => SearchValues.Create([f], StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>Whether every letter of a text is ASCII, so that each token's term starts with its text as written.</summary>
    /// <param name="text">A title, paragraph or comment as stored.</param>
    public static bool IsPlain(string text) => !text.AsSpan().ContainsAnyExcept(PlainChars);

    /// <summary>Whether a text might contain a match of the unit whose prepared fragments are given.</summary>
    /// <param name="text">A title, paragraph or comment as stored.</param>
    /// <param name="fragments">The unit's fragments, <see cref="Prepare"/>d.</param>
    /// <returns>False only when the text surely has no match.</returns>
    public static bool MightMatch(string text, IReadOnlyList<SearchValues<string>> fragments) =>
        MightMatch(text, IsPlain(text), fragments);

    /// <summary>Whether a text might contain a match of the unit whose prepared fragments are given.</summary>
    /// <param name="text">A title, paragraph or comment as stored.</param>
    /// <param name="plain">Whether the text <see cref="IsPlain"/>, worked out once for all the units.</param>
    /// <param name="fragments">The unit's fragments, <see cref="Prepare"/>d.</param>
    /// <returns>False only when the text surely has no match.</returns>
    public static bool MightMatch(string text, bool plain, IReadOnlyList<SearchValues<string>> fragments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fragments);
        if (fragments.Count == 0 || !plain)
        {
            return true;
        }
        foreach (var fragment in fragments)
        {
            if (!text.AsSpan().ContainsAny(fragment))
            {
                return false;
            }
        }
        return true;
    }
}
