using AngleSharp.Dom;

namespace Search.Core.Corpus.Html;

/// <summary>
/// A page's meta tags by their <c>property</c>, <c>name</c> or <c>itemprop</c> (<c>og:title</c>,
/// <c>article:published_time</c>, <c>author</c>), read in one pass over the page.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _byKey = new(StringComparer.OrdinalIgnoreCase);

    private MetaTags()
    {
    }

    /// <summary>Reads the meta tags of a page.</summary>
    /// <param name="document">The parsed page.</param>
    /// <returns>Its tags.</returns>
    public static MetaTags Of(IDocument document)
    {
        var tags = new MetaTags();
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is null || meta.GetAttribute("content") is not { } content || BlockText.Fold(content) is not { Length: > 0 } value)
            {
                continue;
            }
            if (!tags._byKey.TryGetValue(key, out var values))
            {
                tags._byKey[key] = values = [];
            }
            values.Add(value);
        }
        return tags;
    }

    /// <summary>The content of the first tag with that key, white space folded, or null.</summary>
    /// <param name="key">A <c>property</c>, <c>name</c> or <c>itemprop</c> value, such as <c>og:title</c>.</param>
    public string? First(string key) => _byKey.TryGetValue(key, out var values) ? values[0] : null;

    /// <summary>The contents of every tag with that key, in page order.</summary>
    /// <param name="key">A <c>property</c>, <c>name</c> or <c>itemprop</c> value.</param>
    public IReadOnlyList<string> All(string key) => _byKey.TryGetValue(key, out var values) ? values : [];
}
