using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Search.Core.Corpus.Html;

/// <summary>
/// How comment systems mark up a comment and its parts, by the names they give elements. WordPress
/// (<c>li.comment</c> with <c>.comment-content</c>, <c>.fn</c>), wpDiscuz (<c>.wc-comment</c>, <c>.wpd-comment</c>),
/// Blogger (<c>li.comment</c>, <c>.comment-block</c>, <c>cite.user</c>), schema.org (<c>itemprop="comment"</c>),
/// forums (<c>.xenforo-comment</c>) and most themes follow one pattern: a comment is an element named
/// <c>comment</c> or <c>SOMETHING-comment</c>, and its parts are named for what they hold (content, text, author,
/// date, meta, reply). Pingbacks, trackbacks and "recent comments" widgets are not comments.
/// </summary>
internal static partial class CommentMarkup
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.Ordinal)
    {
        "a", "span", "i", "b", "em", "strong", "img", "svg", "button", "label", "input", "time", "cite", "p", "html", "body",
        "form", "textarea", "small", "abbr",
    };

    /// <summary>Whether an element is one comment (its text, author and date, and perhaps its replies).</summary>
    /// <param name="element">Any element.</param>
    /// <returns>True for a comment.</returns>
    public static bool IsComment(IElement element)
    {
        if (InlineTags.Contains(element.LocalName))
        {
            return false;
        }
        if (element.GetAttribute("itemtype") is { } type && type.EndsWith("/Comment", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (element.GetAttribute("itemprop") is { } prop && prop.Split(' ').Contains("comment", StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        var tokens = ClassTokens.Of(element).ToList();
        if (tokens.Count == 0 || tokens.Any(t => NotAComment().IsMatch(t)))
        {
            return false;
        }
        // A definition list of comments (Blogger's classic template, Thesis) names the term that starts each one.
        return element.LocalName == "dt" ? tokens.Any(t => t.Contains("comment", StringComparison.Ordinal)) : tokens.Any(t => ItemName().IsMatch(t));
    }

    /// <summary>Whether an element holds a comment's text.</summary>
    /// <param name="element">An element inside a comment.</param>
    /// <returns>True for a text part.</returns>
    public static bool IsText(IElement element) =>
        element.GetAttribute("itemprop") is "text" or "commentText"
        || (ClassTokens.Of(element).Any(t => TextName().IsMatch(t)) && !ClassTokens.Of(element).Any(IsMetaName) && !IsDate(element)
            && AuthorRank(element) == 0 && !BlockText.IsInvisible(element));

    /// <summary>How strongly an element says it holds the commenter's name: 0 not at all, 3 surely.</summary>
    /// <param name="element">An element inside a comment.</param>
    /// <returns>A rank; the highest-ranked element with text is the author.</returns>
    public static int AuthorRank(IElement element)
    {
        var tokens = ClassTokens.Of(element).ToList();
        if (tokens.Contains("fn") || (element.GetAttribute("itemprop") == "name" && element.Closest("[itemprop~=author]") is not null))
        {
            return 3;
        }
        if (tokens.Any(t => NameName().IsMatch(t)) || element.GetAttribute("itemprop") == "author")
        {
            return 2;
        }
        return tokens.Any(t => t.Contains("author", StringComparison.Ordinal) && !t.StartsWith("by", StringComparison.Ordinal)) || element.LocalName == "cite" ? 1 : 0;
    }

    /// <summary>Whether an element holds a comment's date or time.</summary>
    /// <param name="element">An element inside a comment.</param>
    /// <returns>True for a date part.</returns>
    public static bool IsDate(IElement element) =>
        element.LocalName == "time" || element.GetAttribute("itemprop") is "datePublished" or "dateCreated"
        || ClassTokens.Of(element).Any(t => DateName().IsMatch(t));

    /// <summary>
    /// Whether an element is a comment's furniture rather than its text: author and date lines, reply and like
    /// buttons, avatars, share links.
    /// </summary>
    /// <param name="element">An element inside a comment.</param>
    /// <returns>True for furniture.</returns>
    public static bool IsFurniture(IElement element) =>
        element.LocalName is "header" or "footer" or "cite" or "time" or "img" or "button" or "form"
        || AuthorRank(element) > 0 || IsDate(element) || ClassTokens.Of(element).Any(IsMetaName);

    /// <summary>The nesting depth a comment's own names give (<c>depth-2</c>, <c>wc_comment_level-2</c>), where the page does not nest replies.</summary>
    /// <param name="element">A comment.</param>
    /// <returns>0 for top level, or null when the names say nothing.</returns>
    public static int? NamedDepth(IElement element)
    {
        foreach (var token in ClassTokens.Of(element))
        {
            var m = DepthName().Match(token);
            if (m.Success)
            {
                return Math.Max(0, int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1);
            }
        }
        return null;
    }

    /// <summary>Whether an element is a container of a comment section: the list, the thread, the reply form.</summary>
    /// <param name="element">Any element.</param>
    /// <returns>True for a comment section or the comment form.</returns>
    public static bool IsSection(IElement element) =>
        element.LocalName is not ("body" or "html" or "main")
        && ClassTokens.AndId(element).Any(t => SectionName().IsMatch(t));

    private static bool IsMetaName(string token) => MetaName().IsMatch(token);

    [GeneratedRegex(@"^(?:[a-z0-9]+[-_])*comment$|^(?:[a-z0-9]+[-_])*comments?[-_](item|entry)$")]
    private static partial Regex ItemName();

    [GeneratedRegex(@"pingback|trackback|recent|widget|deleted|count|form|respond|link|button|icon")]
    private static partial Regex NotAComment();

    [GeneratedRegex(@"(content|text|body|message)$|__(content|text|body)")]
    private static partial Regex TextName();

    [GeneratedRegex(@"^(fn|nickname|username|user|commenter|author[-_]?name|.*[-_]author[-_]?name|.*[-_]author|.*__author|comment[-_]?author)$")]
    private static partial Regex NameName();

    [GeneratedRegex(@"date|time|published|timestamp|meta")]
    private static partial Regex DateName();

    [GeneratedRegex(@"reply|actions?$|meta|metadata|footer|header|avatar|like|vote|share|rating|says|permalink|edit|report|flag|toolbar|tools|button|translat")]
    private static partial Regex MetaName();

    [GeneratedRegex(@"(?:depth|level)[-_](?<n>\d+)$")]
    private static partial Regex DepthName();

    [GeneratedRegex(@"^(comments?|comment-?list|comments?[-_](area|section|wrapper|container|holder|block|thread|list|respond|title|count|form)|respond|comment-respond|commentform|reply-title|disqus_thread|wpcomm|wpdiscuz.*|.*-comments?-(widget|section|area))$")]
    private static partial Regex SectionName();
}
