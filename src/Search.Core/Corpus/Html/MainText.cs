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

    /// <summary>The article's paragraphs.</summary>
    /// <param name="document">The parsed page, comment sections already removed; Readability changes it.</param>
    /// <param name="url">The page's address, or null.</param>
    /// <returns>The paragraphs in page order.</returns>
    public static List<string> Paragraphs(IHtmlDocument document, string? url)
    {
        var fallback = Fallback(document);
        List<string> found;
        try
        {
            var reader = new Reader(url ?? NoAddress, document) { DisableJSONLD = true, ContinueIfNotReadable = true };
            var article = reader.GetArticle();
            found = article.Content is { Length: > 0 } html ? FromHtml(html) : [];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readability is a heuristic over arbitrary markup; where it fails, the page's own structure still holds.
            found = [];
        }
        return found.Sum(p => p.Length) >= fallback.Sum(p => p.Length) / 4 ? found : fallback;
    }

    private static List<string> FromHtml(string html)
    {
        var parser = new HtmlParser();
        var fragment = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return BlockText.Paragraphs(fragment.Body!);
    }

    private static List<string> Fallback(IHtmlDocument document)
    {
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? (IElement?)document.Body;
        return root is null ? [] : BlockText.Paragraphs(root, IsFurniture);
    }

    private static bool IsFurniture(IElement element) =>
        element.LocalName is "nav" or "header" or "footer" or "aside" || element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "complementary";
}
