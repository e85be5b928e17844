using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Search.Core.Corpus.Html;

/// <summary>
/// The names themes give the boxes around an article that are not its text: related links, newsletter sign-ups,
/// share bars, the author's box, advertisements, cookie notices, tag lists. Read from class names and ids as words
/// (<c>RelatedCoverage-container</c> is "related coverage container", <c>mvp-author-box-wrap</c> holds "author box").
/// </summary>
internal static partial class FurnitureNames
{
    /// <summary>Whether an element's names say it is such a box.</summary>
    /// <param name="element">An element inside the article's text.</param>
    /// <returns>True when one of its names holds a furniture word.</returns>
    public static bool Has(IElement element)
    {
        if (element.ClassList.Length == 0 && string.IsNullOrEmpty(element.Id))
        {
            return false;
        }
        return ClassTokens.AndIdCased(element).Any(name => Words().IsMatch(AsWords(name)));
    }

    // "RelatedCoverage-container_3AnSP" -> "-related-coverage-container-3an-sp": camel case and separators alike.
    private static string AsWords(string name)
    {
        var words = new StringBuilder(name.Length + 8).Append('-');
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (char.IsUpper(ch) && i > 0 && char.IsLower(name[i - 1]))
            {
                words.Append('-');
            }
            words.Append(ch is '_' or ' ' ? '-' : char.ToLowerInvariant(ch));
        }
        return words.Append('-').ToString();
    }

    [GeneratedRegex(@"-(related|newsletter|subscribe|subscription|signup|share|sharing|sharedaddy|social|author-box|author-bio|author-info|about-author|about-the-author|promo|advert|advertisement|ad|ads|cookie|cookies|consent|breadcrumb|breadcrumbs|tags|tag-list|taglist)-")]
    private static partial Regex Words();
}
