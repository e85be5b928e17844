using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>The headline and body text of an article, taken from the lines of a page's article part.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Body">Paragraphs separated by a blank line.</param>
internal sealed partial record TitleAndBody(string Title, string Body)
{
    /// <summary>
    /// Reads the article part of a page: each non-blank line is a paragraph; chrome is dropped;
    /// the title is the first paragraph unless given, and later copies of it (captions, repeated headlines) are dropped.
    /// </summary>
    /// <param name="lines">The article part of a page.</param>
    /// <param name="title">The title where the template found it elsewhere, else null.</param>
    /// <returns>Title and body.</returns>
    public static TitleAndBody From(IEnumerable<string> lines, string? title = null)
    {
        var paragraphs = lines.Select(Clean).Where(l => l.Length > 0 && !PageChrome.IsChrome(l)).ToList();
        if (title is null && paragraphs.Count > 0)
        {
            title = paragraphs[0];
            paragraphs.RemoveAt(0);
        }
        title = Clean(title ?? "");
        var key = Key(title);
        var body = paragraphs.Where(p => Key(p) != key);
        return new TitleAndBody(title, string.Join("\n\n", body));
    }

    /// <summary>Trims a line and folds its runs of white space (non-breaking spaces included) to one space.</summary>
    /// <param name="line">A line of a page.</param>
    /// <returns>The cleaned line.</returns>
    public static string Clean(string line) => Whitespace().Replace(line, " ").Trim();

    private static string Key(string paragraph) => TypographicFolding.Fold(paragraph).ToUpperInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
