using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Search.Core.Corpus.Html;

/// <summary>
/// The article text of an HTML page, without menus, sidebars, footers and related links: Mozilla Readability's
/// scoring (the SmartReader port) finds the block of the page that holds the article, and its paragraphs are read
/// as <see cref="BlockText"/> reads any HTML. Where Readability finds nothing, the page's own
/// <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c>, else its body less navigation, is the text.
/// </summary>
internal static class MainText
{
    // Placeholder address for pages that declare none: Readability resolves relative links against it, and
    // nothing is ever fetched from it.
    private const string NoAddress = "https://localhost/";

    private const string NeverText = "script, style, svg, iframe, template, link, meta, nav, form, button, select, input, textarea";

    // A paragraph this long is prose wherever it stands; when Readability leaves out more than a quarter of the
    // page's prose, its choice was too narrow (a long list of names outscored the letter above it).
    private const int ProseLength = 150;
    private const double MissedProseShare = 0.25;

    // Each prose paragraph is looked for in the text Readability kept; past this many (no article has them: a page
    // of 200,000 paragraphs does) the search would cost the square of the page, and Readability's choice stands.
    private const int MaxProseChecked = 2000;

    // Readability's scoring grows faster than the page: past this many elements (ten times the largest real page
    // measured here, 1,816) it is not run, and the page's own article element, or its body less navigation, is the
    // text.
    private const int MaxElementsScored = 20_000;

    private const double MaxFurnitureShare = 0.3;

    /// <summary>The article's paragraphs.</summary>
    /// <param name="document">The parsed page, comment sections already removed.</param>
    /// <param name="url">The page's address, or null.</param>
    /// <returns>The paragraphs in page order.</returns>
    public static List<string> Paragraphs(IHtmlDocument document, string? url)
    {
        var fallback = Fallback(document);
        var found = Readability((IHtmlDocument)document.Clone(deep: true), url);
        if (found.Sum(p => p.Length) < fallback.Sum(p => p.Length) / 4)
        {
            return fallback;
        }
        return WithoutTrailingLabels(WithoutLeadingDates(Widened(document, found) ?? found));
    }

    // A date line above the text ("· 6. November 2023", the rest of a byline) is the page's metadata, read elsewhere.
    private static List<string> WithoutLeadingDates(List<string> paragraphs)
    {
        var lead = paragraphs.TakeWhile(p => p.Length < ProseLength).Count();
        for (var i = lead - 1; i >= 0; i--)
        {
            if (DateText.IsDateLine(paragraphs[i]))
            {
                paragraphs.RemoveAt(i);
            }
        }
        return paragraphs;
    }

    // What closes the text without being a sentence is a label of what follows it on the page: "Share this:",
    // "Spread the news:" (buttons), "Topics", "Anzeige", "Email Newsletter" (links and boxes).
    private static List<string> WithoutTrailingLabels(List<string> paragraphs)
    {
        while (paragraphs.Count > 1 && IsLabel(paragraphs[^1]))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        return paragraphs;
    }

    private static bool IsLabel(string paragraph) =>
        (paragraph.Length < 60 && paragraph.EndsWith(':'))
        || (paragraph.Split(' ').Length <= 2 && char.IsLetter(paragraph[0]) && !char.IsPunctuation(paragraph[^1]));

    /// <summary>Whether an element is page furniture around an article: navigation, page header and footer, sidebars, image captions.</summary>
    /// <param name="element">An element of the page.</param>
    /// <returns>True for furniture.</returns>
    public static bool IsFurniture(IElement element) =>
        element.LocalName is "nav" or "header" or "footer" or "aside" or "figcaption"
        || element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "complementary"
        || ClassTokens.Of(element).Any(t => t.Contains("caption", StringComparison.Ordinal));

    private static List<string> Readability(IHtmlDocument copy, string? url)
    {
        try
        {
            // Readability walks the whole tree several times; what can never be article text need not be walked.
            foreach (var element in copy.QuerySelectorAll(NeverText).ToList())
            {
                element.Remove();
            }
            var reader = new Reader(url ?? NoAddress, copy)
            {
                DisableJSONLD = true, ContinueIfNotReadable = true, MaxElemsToParse = MaxElementsScored, KeepClasses = true,
            };
            var article = reader.GetArticle();
            return article.Content is { Length: > 0 } html ? FromHtml(html) : [];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readability is a heuristic over arbitrary markup; where it fails, the page's own structure still holds.
            return [];
        }
    }

    // The page's prose paragraphs that Readability left out, and the block that holds them all.
    private static List<string>? Widened(IHtmlDocument document, List<string> found)
    {
        var prose = document.QuerySelectorAll("p").Where(p => !Ancestors(p).Any(IsFurniture))
            .Select(p => (Element: p, Text: BlockText.Line(p))).Where(p => p.Text.Length >= ProseLength).ToList();
        if (prose.Count > MaxProseChecked)
        {
            return null;
        }
        var text = string.Join(" ", found);
        var missed = prose.Where(p => !text.Contains(p.Text, StringComparison.Ordinal)).ToList();
        if (missed.Count == 0 || missed.Sum(p => p.Text.Length) <= MissedProseShare * prose.Sum(p => p.Text.Length))
        {
            return null;
        }
        var block = missed.Select(p => (IElement?)p.Element).Aggregate(CommonAncestor);
        return block is null || block.LocalName is "body" or "html" ? null : Read(block);
    }

    private static IElement? CommonAncestor(IElement? a, IElement? b)
    {
        if (b is null)
        {
            return null;
        }
        var chain = Ancestors(b).Prepend(b).ToHashSet();
        for (var e = a; e is not null; e = e.ParentElement)
        {
            if (chain.Contains(e))
            {
                return e;
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

    private static List<string> FromHtml(string html)
    {
        var parser = new HtmlParser();
        var fragment = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return Read(fragment.Body!);
    }

    // A box named as furniture is left out unless it holds most of the text: a theme that names the article's own
    // wrapper "post-share-wrap" must not lose the article.
    private static List<string> Read(IElement root)
    {
        var length = root.TextContent.Length;
        return BlockText.Paragraphs(
            root, e => IsFurniture(e) || (FurnitureNames.Has(e) && e.TextContent.Length < length * MaxFurnitureShare), withoutLinkLists: true);
    }

    private static List<string> Fallback(IHtmlDocument document)
    {
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? (IElement?)document.Body;
        return root is null ? [] : Read(root);
    }
}
