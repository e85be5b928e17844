using System.Text;

namespace Search.Core.Corpus;

/// <summary>
/// What the spellings of one name on a page have in common: <c>Tomko Kubianca</c>, <c>tomko  kubianca</c> and
/// <c>TOMKO KUBIANCA</c> are one commenter. A name is only what a page shows, never a verified person: the key folds
/// typography, case and spacing, nothing more (no nicknames, no initials).
/// </summary>
public static class NameKey
{
    /// <summary>The key of a name: typographic quotes folded, lower case, runs of white space one space, trimmed.</summary>
    /// <remarks>
    /// No Unicode normalization: the program runs with invariant globalization (no ICU under Native AOT), where
    /// <c>Normalize</c> changes nothing, so a name written with a combining accent and the same name precomposed
    /// stay two keys. Pages almost always give names precomposed.
    /// </remarks>
    /// <param name="name">A name as the page shows it, or null.</param>
    /// <returns>The key; empty for no name (null, empty or white space only).</returns>
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var folded = TypographicFolding.Fold(name);
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
