using System.Net;
using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Html;

/// <summary>
/// The text of HTML without parsing it: block tags become line ends, other tags nothing, entities their characters.
/// For a page that cannot be parsed as HTML in reasonable time; its words still reach the index.
/// </summary>
internal static partial class TagStripper
{
    /// <summary>The page's text, one line per block.</summary>
    /// <param name="html">The page, scripts and styles already emptied.</param>
    /// <returns>Plain text with <c>\n</c> line ends.</returns>
    public static string Text(string html)
    {
        var lines = BlockTag().Replace(Comment().Replace(html, ""), "\n");
        return WebUtility.HtmlDecode(AnyTag().Replace(lines, ""));
    }

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"</?(p|div|br|li|h[1-6]|tr|blockquote|section|article|header|footer|dt|dd|pre|title)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
