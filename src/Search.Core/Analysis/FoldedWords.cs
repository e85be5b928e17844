namespace Search.Core.Analysis;

/// <summary>
/// The words of a text as copy detection compares them: runs of letters and digits, lower-cased, each hashed to 64
/// bits. Everything else (spaces, line breaks, punctuation, straight or typographic quotes) only separates words, so
/// two texts that differ in nothing but those fold to the same words.
/// </summary>
internal static class FoldedWords
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Appends the hash of each word of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hashes">Where the hashes go.</param>
    public static void Hash(string text, List<ulong> hashes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hashes);
        var hash = Offset;
        var inWord = false;
        foreach (var c in text)
        {
            // ASCII first: most text is, and the general tests cost several times more per character.
            var letter = c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);
            if (letter)
            {
                hash = (hash ^ (c < 128 ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c))) * Prime;
                inWord = true;
            }
            else if (inWord)
            {
                hashes.Add(Mix(hash));
                (hash, inWord) = (Offset, false);
            }
        }
        if (inWord)
        {
            hashes.Add(Mix(hash));
        }
    }

    /// <summary>Spreads a hash's bits over all 64 (the finalizer of SplitMix64), so that its low bits can be used alone.</summary>
    public static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
