using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>
/// A comment thread rendered as an indented numbered list, as WordPress themes and plain pages print it:
/// <c>  1. text</c> starts a comment, a deeper-indented numbered item replies to the item above it,
/// and an indented line without a number continues the comment above.
/// </summary>
internal static partial class NumberedCommentList
{
    /// <summary>Whether a line starts a numbered list item.</summary>
    /// <param name="line">A line of a page.</param>
    /// <returns>True for <c>  N. text</c>.</returns>
    public static bool IsItem(string line) => Item().IsMatch(line);

    /// <summary>Whether a line belongs to a numbered list: an item, or an indented continuation line.</summary>
    /// <param name="line">A non-blank line of a page.</param>
    /// <returns>True when it can be part of the list.</returns>
    public static bool IsListLine(string line) => IsItem(line) || (line.Length > 0 && char.IsWhiteSpace(line[0]));

    /// <summary>Reads the comments of a list section.</summary>
    /// <param name="lines">The section's lines, from the first item to the end of the list.</param>
    /// <returns>The comments in page order, with ids, parents and depths.</returns>
    public static IReadOnlyList<Comment> Parse(IEnumerable<string> lines)
    {
        var thread = new CommentThreadBuilder();
        var indents = new Stack<int>();
        int? depth = null;
        var paragraphs = new List<string>();

        void Flush()
        {
            if (depth is { } d && paragraphs.Count > 0)
            {
                thread.Add(d, null, paragraphs);
            }
            paragraphs.Clear();
        }

        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var item = Item().Match(line);
            if (item.Success)
            {
                Flush();
                depth = DepthOf(item.Groups["indent"].Length, indents);
                paragraphs.Add(item.Groups["text"].Value);
            }
            else if (depth is not null)
            {
                paragraphs.Add(line);
            }
        }
        Flush();
        return thread.Comments;
    }

    // The stack holds the indents of the open list levels; an item closes every level indented deeper than itself.
    private static int DepthOf(int indent, Stack<int> indents)
    {
        while (indents.Count > 0 && indents.Peek() > indent)
        {
            indents.Pop();
        }
        if (indents.Count == 0 || indents.Peek() < indent)
        {
            indents.Push(indent);
        }
        return indents.Count - 1;
    }

    [GeneratedRegex(@"^(?<indent>[ \t]+)\d{1,4}\.[ \t]+(?<text>\S.*)$")]
    private static partial Regex Item();
}
