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
        "script", "style", "template", "svg", "math", "button", "select", "option", "textarea", "input",
        "form", "iframe", "object", "embed", "canvas", "video", "audio", "head", "title", "meta", "link",
    };

    // A short paragraph that is mostly link text is a menu entry, a "Read more: OTHER HEADLINE" or a related link,
    // not prose: measured as jusText measures link density.
    private const double LinkListDensity = 0.7;
    private const int LinkListMaxWords = 15;

    /// <summary>The paragraphs of an element, in document order.</summary>
    /// <param name="root">The element.</param>
    /// <param name="skip">Elements to leave out with everything inside them, or null.</param>
    /// <param name="withoutLinkLists">Whether to leave out short paragraphs that are mostly links.</param>
    /// <returns>Non-empty paragraphs, each trimmed and with its white space folded.</returns>
    public static List<string> Paragraphs(INode root, Func<IElement, bool>? skip = null, bool withoutLinkLists = false)
    {
        var state = new WalkState(skip, withoutLinkLists);
        Walk(root, state, inLink: false);
        state.Flush();
        return state.Paragraphs;
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

    private static void Walk(INode node, WalkState state, bool inLink)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                state.Current.Append(text.Data);
                if (inLink)
                {
                    state.LinkChars += text.Data.Count(c => !char.IsWhiteSpace(c));
                }
                continue;
            }
            if (child is not IElement element || IsInvisible(element) || (state.Skip is not null && state.Skip(element)))
            {
                continue;
            }
            var block = Blocks.Contains(element.LocalName);
            if (block)
            {
                state.Flush();
            }
            else if (element.LocalName is "td" or "th" or "img")
            {
                state.Current.Append(' ');
            }
            Walk(element, state, inLink || element.LocalName == "a");
            if (block)
            {
                state.Flush();
            }
        }
    }

    private sealed class WalkState(Func<IElement, bool>? skip, bool withoutLinkLists)
    {
        public Func<IElement, bool>? Skip { get; } = skip;

        public List<string> Paragraphs { get; } = [];

        public StringBuilder Current { get; } = new();

        public int LinkChars { get; set; }

        public void Flush()
        {
            if (Current.Length == 0)
            {
                return;
            }
            var text = Fold(Current.ToString());
            Current.Clear();
            var links = LinkChars;
            LinkChars = 0;
            if (text.Length == 0)
            {
                return;
            }
            var letters = text.Count(c => !char.IsWhiteSpace(c));
            var words = text.Count(c => c == ' ') + 1;
            if (withoutLinkLists && links >= LinkListDensity * letters && words <= LinkListMaxWords)
            {
                return;
            }
            Paragraphs.Add(text);
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
