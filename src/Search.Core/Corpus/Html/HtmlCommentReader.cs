using AngleSharp.Dom;
using Search.Core.Corpus.Templates;

namespace Search.Core.Corpus.Html;

/// <summary>
/// Reads the reader comments of an HTML page from their markup (<see cref="CommentMarkup"/>): each comment's text,
/// author and date, and its parent from the nesting of the markup (a reply sits inside the comment it answers, or
/// says its depth in its class names).
/// </summary>
internal static class HtmlCommentReader
{
    /// <summary>The page's comments in page order, and the elements they were read from.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="articleDate">The article's date, which gives the year to comment dates shown without one.</param>
    /// <returns>The comments, and the elements that hold them (to be kept out of the article body).</returns>
    public static (IReadOnlyList<Comment> Comments, IReadOnlyList<IElement> Elements) Read(IDocument document, string? articleDate)
    {
        var items = document.Body is null ? [] : document.Body.Descendants<IElement>().Where(CommentMarkup.IsComment).ToList();
        var thread = new CommentThreadBuilder();
        var read = new List<IElement>();
        var itemSet = items.ToHashSet();
        var depths = new Dictionary<IElement, int>();
        foreach (var item in items)
        {
            var parts = Parts(item).ToList();
            var paragraphs = Text(item, parts);
            var author = Author(parts);
            var published = Published(parts, articleDate);
            var outer = Ancestors(item).FirstOrDefault(itemSet.Contains);
            // A comment shows who wrote it or when; an element named like a comment with neither is a notice.
            if (paragraphs.Count == 0 || (author is null && published is null && !parts.Any(p => CommentMarkup.AuthorRank(p) > 0)))
            {
                itemSet.Remove(item);
                continue;
            }
            var depth = outer is not null && depths.TryGetValue(outer, out var d) ? d + 1 : CommentMarkup.NamedDepth(item) ?? 0;
            depths[item] = depth;
            thread.Add(depth, author, paragraphs, published);
            read.Add(item);
        }
        return (thread.Comments, read);
    }

    // A comment's own elements: its descendants outside any nested comment, and for a definition-list comment
    // (dt = who and when) the dd elements that follow it.
    private static IEnumerable<IElement> Parts(IElement item)
    {
        foreach (var element in Own(item))
        {
            yield return element;
        }
        if (item.LocalName != "dt")
        {
            yield break;
        }
        for (var next = item.NextElementSibling; next is not null && next.LocalName == "dd"; next = next.NextElementSibling)
        {
            yield return next;
            foreach (var element in Own(next))
            {
                yield return element;
            }
        }
    }

    private static IEnumerable<IElement> Own(IElement root)
    {
        foreach (var child in root.Children)
        {
            if (CommentMarkup.IsComment(child))
            {
                continue;
            }
            yield return child;
            foreach (var element in Own(child))
            {
                yield return element;
            }
        }
    }

    private static List<string> Text(IElement item, List<IElement> parts)
    {
        var texts = parts.Where(CommentMarkup.IsText).ToList();
        var innermost = texts.Where(t => !texts.Any(o => o != t && t.Contains(o))).ToList();
        var roots = innermost.Count > 0 ? innermost : item.LocalName == "dt" ? parts.Where(p => p.LocalName == "dd").ToList() : [item];
        return roots.SelectMany(r => BlockText.Paragraphs(r, e => CommentMarkup.IsComment(e) || CommentMarkup.IsFurniture(e))).ToList();
    }

    private static string? Author(List<IElement> parts)
    {
        var ranked = parts.Select(p => (Element: p, Rank: CommentMarkup.AuthorRank(p))).Where(p => p.Rank > 0).ToList();
        // The innermost named element holds the name alone (div.comment-author holds the avatar, the name in
        // cite.fn, and sometimes the date).
        var innermost = ranked.Where(r => !ranked.Any(o => o.Element != r.Element && r.Element.Contains(o.Element) && BlockText.Line(o.Element).Length > 0));
        foreach (var (element, _) in innermost.OrderByDescending(p => p.Rank).Concat(ranked.OrderByDescending(p => p.Rank)))
        {
            var name = CleanName(BlockText.Line(element));
            if (name.Length > 0 && name.Length <= 80)
            {
                return CommentAuthorLine.NameOrNull(name);
            }
        }
        return null;
    }

    // "NAME says:", "NAME sagt:", Blogger's "NAME said...": the name without what the widget adds to it.
    private static string CleanName(string text)
    {
        var name = text.Trim();
        if (name.EndsWith("...", StringComparison.Ordinal))
        {
            name = name[..^3];
        }
        name = name.TrimEnd().TrimEnd(':').TrimEnd();
        return CommentVocabulary.IsSaysLine(name, out var author) ? author : name;
    }

    private static string? Published(List<IElement> parts, string? articleDate)
    {
        foreach (var element in parts.Where(CommentMarkup.IsDate).OrderBy(e => e.HasAttribute("datetime") ? 0 : 1))
        {
            var date = IsoDate.Normalize(element.GetAttribute("datetime")) ?? DateText.Find(BlockText.Line(element), articleDate)
                ?? DateText.Find(element.GetAttribute("title"), articleDate);
            if (date is not null)
            {
                return date;
            }
        }
        return null;
    }

    private static IEnumerable<IElement> Ancestors(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            yield return parent;
        }
    }
}
