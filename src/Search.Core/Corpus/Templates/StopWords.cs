namespace Search.Core.Corpus.Templates;

/// <summary>
/// The most common function words of English, German and Russian: running prose is full of them, menus, tags and
/// link lists are not, so their share of a line's words tells article text from page furniture (as jusText does).
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(
        """
        a about after all also an and any are as at be because been but by can could did do does for from had has
        have he her here him his how i if in into is it its just may me more most my no not now of on one only or
        other our out over she so some such than that the their them then there these they this those through to
        under up us very was we were what when where which while who why will with would you your
        aber als am an auch auf aus bei bin bis bist da damit dann das dass dem den denn der des dich die dir doch
        du durch ein eine einem einen einer eines er es für hat hatte ich ihr ihre im in ist ja kann kein man mich
        mir mit nach nicht noch nur ob oder schon sehr sein sich sie sind so über um und uns unter vom von vor war
        waren was wenn wer wie wir wird wo zu zum zur
        а без бы в во вы да для до его если еще же за и из или им их к как ко когда ли мы на не нет но о об он она
        они от по при с со так то только у уже что это я
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of a line: runs of letters, digits and apostrophes.</summary>
    /// <param name="line">A line of a page.</param>
    /// <returns>Its words in order.</returns>
    public static IReadOnlyList<string> WordsOf(string line)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var inWord = i < line.Length && (char.IsLetterOrDigit(line[i]) || (start >= 0 && line[i] is '\'' or '’'));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(line[start..i]);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>The share of a line's words that are stop words, 0 for a line without words.</summary>
    /// <param name="line">A line of a page.</param>
    /// <returns>A fraction from 0 to 1.</returns>
    public static double Density(string line)
    {
        var words = WordsOf(line);
        return words.Count == 0 ? 0 : (double)words.Count(Words.Contains) / words.Count;
    }
}
