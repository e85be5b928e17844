namespace Search.Core.Analysis;

/// <summary>
/// What Russian text needs before its words are compared: <c>ё</c> is <c>е</c> (Russian print mostly omits the
/// dots), and a word mixing Latin and Cyrillic letters (<c>Pусский</c> with a Latin P, a trick and a typo) takes the
/// script of most of its letters, the other script's look-alike letters mapped to it, so it is searched as the word
/// it looks like. Works on lower-cased words.
/// </summary>
internal static class CyrillicFolding
{
    // Lower-case look-alikes, Latin to Cyrillic: the letters whose capitals or small forms readers cannot tell apart.
    private const string Latin = "aceopxykmthbijs";
    private const string Cyrillic = "асеорхукмтнвіјѕ";

    /// <summary>Whether a character is a Cyrillic letter (the Cyrillic block and its supplement).</summary>
    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u052F';

    /// <summary>Whether a text has a Cyrillic letter: where it has none, no Russian analysis runs.</summary>
    public static bool AnyIn(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u0400', '\u052F') >= 0;

    /// <summary>Folds a lower-cased word in place; a word without Cyrillic letters is left alone.</summary>
    /// <param name="word">The word's characters.</param>
    public static void Fold(Span<char> word)
    {
        if (!AnyIn(word))
        {
            return;
        }
        var cyrillic = 0;
        var latin = 0;
        foreach (var c in word)
        {
            if (IsCyrillic(c))
            {
                cyrillic++;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                latin++;
            }
        }
        // A tie goes to Cyrillic: the trick replaces a few letters of a Cyrillic word far more often than the reverse.
        var (from, to) = latin > cyrillic ? (Cyrillic, Latin) : (Latin, Cyrillic);
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == 'ё')
            {
                word[i] = 'е';
            }
            if (latin > 0 && from.IndexOf(word[i]) is var at and >= 0)
            {
                word[i] = to[at];
            }
        }
    }
}
