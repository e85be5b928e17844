using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Search.Core.Corpus.Templates;

namespace Search.Core.Corpus.Html;

/// <summary>
/// Reads a saved HTML page (<c>.html</c>, <c>.htm</c>) into an article: its metadata from the page's tags
/// (<see cref="PageMetadata"/>), its comments from their markup (<see cref="HtmlCommentReader"/>), and its text from
/// what is left (<see cref="MainText"/>), so no comment and no comment form is ever part of the body. The page is
/// parsed from its bytes alone: nothing is fetched.
/// </summary>
internal static partial class HtmlPageReader
{
    /// <summary>Reads a page.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="relativePath">The file relative to the corpus folder.</param>
    /// <param name="warnings">Receives the page's warnings.</param>
    /// <returns>The article, or null when the file holds no article text.</returns>
    public static Article? Read(byte[] bytes, string relativePath, ICollection<CorpusWarning> warnings)
    {
        var text = HtmlDecoder.Decode(bytes, relativePath, warnings);
        if (text is null)
        {
            return null;
        }
        var id = CorpusFileReader.IdFor(relativePath);
        if (!Markup().IsMatch(text.AsSpan(0, Math.Min(text.Length, 65536))))
        {
            warnings.Add(new CorpusWarning(relativePath, null, "has no HTML tags; read as a text page"));
            return PageReader.Read(Page.FromText(id, relativePath, text), warnings);
        }
        var html = WithoutCode(text);
        if (HtmlNesting.TooDeep(html))
        {
            warnings.Add(new CorpusWarning(relativePath, null,
                $"elements nested more than {HtmlNesting.MaxDepth} deep, as no browser builds a page; read as text without its markup"));
            return PageReader.Read(Page.FromText(id, relativePath, TagStripper.Text(html)), warnings);
        }
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        // The page is read as a browser without JavaScript shows it, and such a browser shows what noscript holds
        // (Blogger's templates keep the whole post there).
        foreach (var noscript in document.QuerySelectorAll("noscript").ToList())
        {
            var div = document.CreateElement("div");
            while (noscript.FirstChild is { } child)
            {
                div.AppendChild(child);
            }
            noscript.Replace(div);
        }
        var metadata = PageMetadata.Read(document, InComments);
        var (comments, commentElements) = HtmlCommentReader.Read(document, metadata.Published);
        var read = commentElements.ToHashSet();
        foreach (var element in document.QuerySelectorAll("*").Where(e => read.Contains(e) || e.LocalName == "form" || CommentMarkup.IsSection(e)).ToList())
        {
            element.Remove();
        }
        var body = TitleAndBody.From(MainText.Paragraphs(document, metadata.Url), metadata.Title.Length > 0 ? metadata.Title : null);
        if (body.Title.Length == 0 && body.Body.Length == 0)
        {
            warnings.Add(new CorpusWarning(relativePath, null, "no article text found, skipped"));
            return null;
        }
        return new Article(id, body.Title, metadata.Source, metadata.Url, metadata.Published, body.Body, comments, metadata.Author);
    }

    // Inside a comment or a comment section (the thread's container, its heading, the reply form), where dates and
    // names are not the article's.
    private static bool InComments(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (CommentMarkup.IsComment(e) || CommentMarkup.IsSection(e))
            {
                return true;
            }
        }
        return false;
    }

    // Scripts and style sheets are often most of a saved page's bytes and never its text: emptied before parsing,
    // as the parser would end them (at the first "</script"), except JSON-LD, which holds the article's metadata.
    private static string WithoutCode(string html) => Code().Replace(html, m => $"<{m.Groups["tag"].Value}></{m.Groups["tag"].Value}>");

    [GeneratedRegex(@"<(?<tag>script|style)\b(?![^>]*ld\+json)[^>]*>.*?</\k<tag>\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Code();

    [GeneratedRegex(@"<(!doctype|html|head|body|div|p|article|meta|title|span|a|table)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
