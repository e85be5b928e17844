using System.Text;

namespace Search.Core.Corpus;

/// <summary>
/// The typographic characters that scraped text uses where a person types plain ones: curly quotes and
/// apostrophes, primes, the ellipsis. Folding them lets <c>Russia’s</c> and <c>Russia's</c> be the same word.
/// </summary>
internal static class TypographicFolding
{
    /// <summary>Each typographic character and the plain text it folds to.</summary>
    public static IReadOnlyDictionary<char, string> Map { get; } = new Dictionary<char, string>
    {
        ['\u2018'] = "'", // left single quotation mark
        ['\u2019'] = "'", // right single quotation mark, the usual apostrophe
        ['\u201A'] = "'", // single low-9 quotation mark
        ['\u201B'] = "'", // single high-reversed-9 quotation mark
        ['\u2032'] = "'", // prime
        ['\u02BC'] = "'", // modifier letter apostrophe
        ['\u201C'] = "\"",
        ['\u201D'] = "\"",
        ['\u201E'] = "\"",
        ['\u201F'] = "\"",
        ['\u2033'] = "\"",
        ['\u00AB'] = "\"",
        ['\u00BB'] = "\"",
        ['\u2026'] = "...",
    };

    /// <summary>Replaces typographic characters with their plain forms.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text with plain quotes, apostrophes and dots.</returns>
    public static string Fold(string text)
    {
        if (!text.AsSpan().ContainsAny(TypographicChars))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Map.TryGetValue(c, out var plain))
            {
                sb.Append(plain);
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> TypographicChars =
        System.Buffers.SearchValues.Create(string.Concat(Map.Keys));
}
