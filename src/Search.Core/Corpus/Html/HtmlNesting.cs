namespace Search.Core.Corpus.Html;

/// <summary>
/// How deep a page's elements nest, measured on its tags before parsing. An HTML5 parser spends time in proportion
/// to the depth for every tag (it searches its stack of open elements), so a page of 100,000 nested elements
/// would take minutes; browsers stop nesting at 512. No real page comes near that.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>The deepest nesting a page may have to be parsed as HTML.</summary>
    public const int MaxDepth = 512;

    // Elements without content, and those a following sibling closes (a new p closes the open one): neither deepens
    // the tree however many follow each other.
    private static readonly HashSet<string> NeverNest = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "html", "head", "body", "!doctype",
    };

    /// <summary>Whether a page nests its elements deeper than <see cref="MaxDepth"/>.</summary>
    /// <param name="html">The page's text, scripts already emptied.</param>
    /// <returns>True when it does; the scan stops there, so it costs no more than reading the tags once.</returns>
    public static bool TooDeep(string html)
    {
        var open = new List<string>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var end = html[i + 1] == '/';
            var nameStart = end ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-'))
            {
                nameEnd++;
            }
            var close = html.IndexOf('>', nameEnd);
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]) || close < 0)
            {
                i++;
                continue;
            }
            var name = html[nameStart..nameEnd];
            var selfClosing = html[close - 1] == '/';
            i = close + 1;
            if (NeverNest.Contains(name) || selfClosing)
            {
                continue;
            }
            if (!end)
            {
                open.Add(name);
                if (open.Count > MaxDepth)
                {
                    return true;
                }
                continue;
            }
            var at = open.FindLastIndex(o => o.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (at >= 0)
            {
                open.RemoveRange(at, open.Count - at);
            }
        }
        return false;
    }
}
