using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>
/// Lines a site puts on every page (donation bars, banners, calls to support it) that are not part of any article,
/// and the names of the sites that such lines give away.
/// </summary>
internal static partial class PageChrome
{
    private static readonly (Regex Line, string Site)[] SiteSignatures =
    [
        (SupportSouthFront(), "SouthFront"),
        (RtAboutBlurb(), "RT"),
    ];

    /// <summary>Whether a line is site furniture rather than article or comment text.</summary>
    /// <param name="line">One line of a page.</param>
    /// <returns>True for chrome.</returns>
    public static bool IsChrome(string line)
    {
        var trimmed = line.Trim();
        return DonationBar().IsMatch(trimmed)
            || MonthBanner().IsMatch(trimmed)
            || SiteSignatures.Any(s => s.Line.IsMatch(trimmed));
    }

    /// <summary>The site a page comes from, where one of its lines names it.</summary>
    /// <param name="lines">The page's lines.</param>
    /// <returns>The site's name, or null.</returns>
    public static string? SourceOf(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (var (pattern, site) in SiteSignatures)
            {
                if (pattern.IsMatch(line.Trim()))
                {
                    return site;
                }
            }
        }
        return null;
    }

    // "0 $", "2,500 $": the fundraising progress bar of SouthFront pages.
    [GeneratedRegex(@"^\d{1,3}(,\d{3})* \$$")]
    private static partial Regex DonationBar();

    // "JUNE 2023": the issue banner above the headline.
    [GeneratedRegex(@"^(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{4}$")]
    private static partial Regex MonthBanner();

    [GeneratedRegex(@"^Support SouthFront$")]
    private static partial Regex SupportSouthFront();

    // RT's "about us" paragraph closes every RT article page.
    [GeneratedRegex(@"^RT creates news with an edge\b")]
    private static partial Regex RtAboutBlurb();
}
