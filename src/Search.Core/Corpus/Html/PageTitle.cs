using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Search.Core.Corpus.Html;

/// <summary>
/// The headline of an HTML page. The <c>&lt;title&gt;</c> and <c>og:title</c> usually carry the site's name
/// (<c>Headline | Site</c>), the <c>&lt;h1&gt;</c> is sometimes the site's logo, and JSON-LD is sometimes absent:
/// each candidate is checked against the others, and the site's name is cut from the one chosen.
/// </summary>
internal static partial class PageTitle
{
    /// <summary>Chooses the headline.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="meta">The page's meta tags.</param>
    /// <param name="headline">The JSON-LD headline, or null.</param>
    /// <param name="site">The site's name, or null.</param>
    /// <returns>The headline, or an empty string when the page has none.</returns>
    public static string Choose(IDocument document, MetaTags meta, string? headline, string? site)
    {
        var og = meta.All("og:title").Concat(meta.All("twitter:title"));
        var title = document.Title is { } t ? BlockText.Fold(t) : null;
        var raw = new[] { headline }.Concat(og).Append(title).Where(c => !string.IsNullOrEmpty(c)).Select(c => c!).Distinct().ToList();
        var declared = raw.Select(c => WithoutSite(c, site)).ToList();
        // A heading that the declared titles confirm is the headline as the page shows it: the site's name
        // cut from a declared title, or a long heading inside one (a headline with its own " | " or " – ").
        foreach (var heading in Headings(document))
        {
            if (declared.Any(d => Same(d, heading))
                || (heading.Length >= 15 && raw.Any(d => Key(d).Contains(Key(heading), StringComparison.Ordinal))
                    && declared.Any(d => Key(heading).Contains(Key(d), StringComparison.Ordinal))))
            {
                return heading;
            }
        }
        return declared.FirstOrDefault() ?? Headings(document).FirstOrDefault() ?? "";
    }

    /// <summary>A title without the site's name before or after it (<c>Headline | Site</c>, <c>Site - Headline</c>).</summary>
    /// <param name="title">A title as a page declares it.</param>
    /// <param name="site">The site's name, or null.</param>
    /// <returns>The headline part.</returns>
    public static string WithoutSite(string title, string? site)
    {
        var parts = Separator().Split(title).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return title;
        }
        if (site is not null)
        {
            var siteKey = Key(site);
            var rest = parts.Where(p => !Key(p).Contains(siteKey, StringComparison.Ordinal) && !siteKey.Contains(Key(p), StringComparison.Ordinal)).ToList();
            if (rest.Count > 0 && rest.Count < parts.Count)
            {
                return string.Join(" - ", rest);
            }
            if (rest.Count == parts.Count)
            {
                return title; // the site's name is not in it: the separators are the headline's own
            }
        }
        // Without a known site name: the site is the short part at an end, the headline the long one.
        var first = parts[0];
        var last = parts[^1];
        return Words(first) >= Words(last) ? string.Join(" - ", parts.SkipLast(1)) : string.Join(" - ", parts.Skip(1));
    }

    private static IEnumerable<string> Headings(IDocument document) =>
        document.QuerySelectorAll("h1, h2").Select(BlockText.Line).Where(h => h.Length > 0);

    private static bool Same(string a, string b) => Key(a) == Key(b);

    private static string Key(string text) => NonWord().Replace(TypographicFolding.Fold(text).ToLowerInvariant(), "");

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // The separators sites put between headline and site name; a hyphen only with spaces around it.
    [GeneratedRegex(@"\s+[|–—·»:]\s+|\s+-\s+|\s+::\s+|\s+\\\s+|\s+/\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
