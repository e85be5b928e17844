using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Search.Core.Corpus.Html;

/// <summary>
/// What an HTML page says about its article outside the text: the headline, the date, the site, the byline and the
/// address, each from the most exact place the page has it (JSON-LD, Open Graph and article meta tags, then the
/// visible page).
/// </summary>
/// <param name="Title">The headline, without the site's name.</param>
/// <param name="Published">The publication date in ISO 8601, or null.</param>
/// <param name="Source">The site's name, or its host name, or null.</param>
/// <param name="Author">The byline, or null.</param>
/// <param name="Url">The canonical address, or null.</param>
internal sealed partial record PageMetadata(string Title, string? Published, string? Source, string? Author, string? Url)
{
    /// <summary>Reads a page's metadata.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="inComments">Whether an element is part of a comment, whose dates and names are not the article's.</param>
    /// <returns>The metadata.</returns>
    public static PageMetadata Read(IDocument document, Func<IElement, bool> inComments)
    {
        var jsonLd = JsonLdArticle.Read(document);
        var meta = MetaTags.Of(document);
        var url = Absolute(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? Absolute(meta.First("og:url"));
        var site = meta.First("og:site_name") ?? jsonLd?.Publisher ?? meta.First("application-name");
        var source = site ?? (url is not null ? HostName(url) : null);
        var title = PageTitle.Choose(document, meta, jsonLd?.Headline, site);
        var published = PublishedDate(document, meta, jsonLd, url, inComments);
        var author = Name(jsonLd?.Author) ?? AuthorOnPage(document, meta, inComments);
        return new PageMetadata(title, published, source, author, url);
    }

    private static string? PublishedDate(IDocument document, MetaTags meta, JsonLdArticle? jsonLd, string? url, Func<IElement, bool> inComments)
    {
        string?[] declared =
        [
            jsonLd?.Published, meta.First("article:published_time"), meta.First("og:published_time"),
            meta.First("datePublished"), meta.First("pubdate"), meta.First("publishdate"),
            meta.First("DC.date.issued"), meta.First("dcterms.created"), meta.First("date"),
            meta.First("sailthru.date"), meta.First("parsely-pub-date"),
        ];
        foreach (var value in declared)
        {
            if ((IsoDate.Normalize(value) ?? DateText.Find(value)) is { } date)
            {
                return date;
            }
        }
        foreach (var time in document.QuerySelectorAll("time, [itemprop=datePublished]").Where(t => !inComments(t)))
        {
            if ((IsoDate.Normalize(time.GetAttribute("datetime") ?? time.GetAttribute("content")) ?? DateText.Find(BlockText.Line(time))) is { } date)
            {
                return date;
            }
        }
        if (url is not null && DatedPath().Match(url) is { Success: true } m)
        {
            return IsoDate.Normalize($"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}");
        }
        foreach (var element in document.QuerySelectorAll("[class*=date], [class*=time], [class*=published]").Where(e => !inComments(e)).Take(20))
        {
            if (BlockText.Line(element) is { Length: < 80 } text && DateText.Find(text) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static string? AuthorOnPage(IDocument document, MetaTags meta, Func<IElement, bool> inComments)
    {
        if (Name(meta.First("author")) is { } declared)
        {
            return declared;
        }
        foreach (var element in document.QuerySelectorAll("[rel~=author], [itemprop~=author], .byline, .author").Where(e => !inComments(e)))
        {
            if (Name(BlockText.Line(element)) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    // A byline as pages write it: "By NAME", "View all posts by NAME", "NAME Fr, 18. Oktober 2019".
    private static string? Name(string? byline)
    {
        if (byline is null || byline.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var name = Byline.WithoutIntroduction(byline);
        var date = FirstDigit().Match(name);
        if (date.Success)
        {
            name = TrailingWeekday().Replace(name[..date.Index], "");
        }
        name = name.Trim().TrimEnd(',', '|', '-', '–', '·').Trim();
        return name.Length is > 1 and <= 80 ? name : null;
    }

    private static string? Absolute(string? href) =>
        href is not null && Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private static string HostName(string url)
    {
        var host = new Uri(url).Host;
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    [GeneratedRegex(@"/(?<y>(19|20)\d{2})/(?<m>[01]\d)/(?<d>[0-3]\d)/")]
    private static partial Regex DatedPath();

    [GeneratedRegex(@"\d")]
    private static partial Regex FirstDigit();

    // A weekday before the date ("Fr,", "Friday,") is the date's, not the name's.
    [GeneratedRegex(@"\s+\p{L}{2,10}\.?,\s*$")]
    private static partial Regex TrailingWeekday();
}
