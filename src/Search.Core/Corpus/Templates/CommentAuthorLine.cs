namespace Search.Core.Corpus.Templates;

/// <summary>
/// Tells a commenter's name line from a short paragraph: a name is a few words with no sentence punctuation,
/// standing alone, with the comment's text after a blank line below it.
/// </summary>
internal static class CommentAuthorLine
{
    private const int MaxLength = 60;
    private const int MaxWords = 5;

    /// <summary>Whether a line could be a commenter's name: a few words, no sentence punctuation, no address.</summary>
    /// <param name="line">A trimmed line.</param>
    /// <param name="maxWords">How many words a name may have here.</param>
    /// <returns>True for a name-like line.</returns>
    public static bool LooksLikeName(string line, int maxWords = MaxWords) =>
        line.Length is > 0 and <= MaxLength && line.Any(char.IsLetter)
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= maxWords
        && !"\"“”‘'(«".Contains(line[0]) && (!".!?,;:…\"”’)»".Contains(line[^1]) || EndsWithInitial(line))
        && !line.Contains("://");

    // "Hanna W.": a name may end in an initial's full stop, a sentence does not end in a lone capital.
    private static bool EndsWithInitial(string line) =>
        line.Length >= 3 && line[^1] == '.' && char.IsUpper(line[^2]) && line[^3] == ' ';

    // What comment systems show where a commenter gave no name: a label, not a person.
    private static readonly HashSet<string> NoName = new(StringComparer.OrdinalIgnoreCase) { "anonymous", "anonym", "unknown", "аноним" };

    /// <summary>A commenter's name as shown, or null where the page shows a no-name label (<c>Anonymous</c>, <c>Unknown</c>).</summary>
    /// <param name="shown">The name as the page shows it.</param>
    public static string? NameOrNull(string shown) => NoName.Contains(shown.Trim()) ? null : shown;

    /// <summary>Whether line <paramref name="index"/> of a comment section names the author of the comment below it.</summary>
    /// <param name="lines">The comment section.</param>
    /// <param name="index">The candidate line.</param>
    /// <returns>True for an author line.</returns>
    public static bool IsAuthor(IReadOnlyList<string> lines, int index)
    {
        if (!LooksLikeName(lines[index].Trim()))
        {
            return false;
        }
        // A name is followed by a blank line and then the comment itself.
        return index + 2 < lines.Count
            && string.IsNullOrWhiteSpace(lines[index + 1])
            && !string.IsNullOrWhiteSpace(lines[index + 2]);
    }
}
