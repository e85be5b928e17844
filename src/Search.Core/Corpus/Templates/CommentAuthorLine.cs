namespace Search.Core.Corpus.Templates;

/// <summary>
/// Tells a commenter's name line from a short paragraph: a name is a few words with no sentence punctuation,
/// standing alone, with the comment's text after a blank line below it.
/// </summary>
internal static class CommentAuthorLine
{
    private const int MaxLength = 60;
    private const int MaxWords = 5;

    /// <summary>Whether line <paramref name="index"/> of a comment section names the author of the comment below it.</summary>
    /// <param name="lines">The comment section.</param>
    /// <param name="index">The candidate line.</param>
    /// <returns>True for an author line.</returns>
    public static bool IsAuthor(IReadOnlyList<string> lines, int index)
    {
        var line = lines[index].Trim();
        if (line.Length is 0 or > MaxLength || !line.Any(char.IsLetter))
        {
            return false;
        }
        if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return false;
        }
        if ("\"“”‘'(«".Contains(line[0]) || ".!?,;:…\"”’)»".Contains(line[^1]) || line.Contains("://"))
        {
            return false;
        }
        // A name is followed by a blank line and then the comment itself.
        return index + 2 < lines.Count
            && string.IsNullOrWhiteSpace(lines[index + 1])
            && !string.IsNullOrWhiteSpace(lines[index + 2]);
    }
}
