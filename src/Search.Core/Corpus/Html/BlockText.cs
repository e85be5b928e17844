using System.Text;
using AngleSharp.Dom;

namespace Search.Core.Corpus.Html;

/// <summary>
/// The text of a piece of HTML as a reader sees it: one paragraph per block (a <c>p</c>, a heading, a list item, a
/// line ended by <c>br</c>), white space folded, and nothing a browser does not show as text (scripts, styles,
/// forms, hidden elements).
/// </summary>
internal static class BlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "li", "ul",
        "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "figure", "figcaption",
        "address", "center", "details", "summary", "hr", "br", "body", "html", "caption", "fieldset", "legend",
    };

    private static readonly HashSet<string> Invisible = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "button", "select", "option", "textarea", "input",
        "form", "iframe", "object", "embed", "canvas", "video", "audio", "head", "title", "meta", "link",
    };

    /// <summary>The paragraphs of an element, in document order.</summary>
    /// <param name="root">The element.</param>
    /// <param name="skip">Elements to leave out with everything inside them, or null.</param>
    /// <returns>Non-empty paragraphs, each trimmed and with its white space folded.</returns>
    public static List<string> Paragraphs(INode root, Func<IElement, bool>? skip = null)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs, skip);
        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>The text of an element on one line, white space folded.</summary>
    /// <param name="root">The element.</param>
    /// <returns>The text.</returns>
    public static string Line(INode root) => string.Join(" ", Paragraphs(root));

    /// <summary>Whether an element is never shown as text: scripts, forms, hidden elements.</summary>
    /// <param name="element">The element.</param>
    /// <returns>True when its text is not part of what a reader sees.</returns>
    public static bool IsInvisible(IElement element) =>
        Invisible.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true"
        || (element.GetAttribute("style") is { } style && HidesElement(style))
        || ClassTokens.HasAny(element, "screen-reader-text", "sr-only", "visually-hidden", "hidden", "hide");

    private static bool HidesElement(string style)
    {
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs, Func<IElement, bool>? skip)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
                continue;
            }
            if (child is not IElement element || IsInvisible(element) || (skip is not null && skip(element)))
            {
                continue;
            }
            var block = Blocks.Contains(element.LocalName);
            if (block)
            {
                Flush(current, paragraphs);
            }
            else if (element.LocalName is "td" or "th" || element.LocalName == "img")
            {
                current.Append(' ');
            }
            Walk(element, current, paragraphs, skip);
            if (block)
            {
                Flush(current, paragraphs);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }
        var text = Fold(current.ToString());
        current.Clear();
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }
    }

    /// <summary>Trims a text and folds every run of white space (non-breaking and zero-width spaces too) to one space.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u200B' or '\u00AD' or '\uFEFF')
            {
                space = ch is not ('\u200B' or '\u00AD' or '\uFEFF') || space;
                continue;
            }
            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }
            space = false;
            builder.Append(ch);
        }
        return builder.ToString();
    }
}
