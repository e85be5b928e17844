using System.Text.Json;
using AngleSharp.Dom;

namespace Search.Core.Corpus.Html;

/// <summary>
/// What a page's schema.org JSON-LD says of its article (<c>headline</c>, <c>datePublished</c>, <c>author</c>,
/// <c>publisher</c>): the metadata news sites write for search engines, usually the most exact a page has.
/// </summary>
/// <param name="Headline">The article's headline.</param>
/// <param name="Published">Its <c>datePublished</c> as written.</param>
/// <param name="Author">Its authors' names, joined by a comma.</param>
/// <param name="Publisher">The publisher's name.</param>
internal sealed record JsonLdArticle(string? Headline, string? Published, string? Author, string? Publisher)
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64,
    };

    /// <summary>Reads the article object from a page's JSON-LD scripts, preferring an article type to a web page.</summary>
    /// <param name="document">The parsed page.</param>
    /// <returns>What it says, or null when the page has no usable JSON-LD.</returns>
    public static JsonLdArticle? Read(IDocument document)
    {
        JsonLdArticle? page = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Lenient);
                foreach (var node in Nodes(json.RootElement))
                {
                    var types = Types(node);
                    if (types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting"))
                    {
                        return From(node);
                    }
                    if (page is null && types.Any(t => t is "WebPage" or "ItemPage"))
                    {
                        page = From(node);
                    }
                }
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is the page's problem; the other sources of metadata still apply.
            }
        }
        return page;
    }

    private static JsonLdArticle From(JsonElement node) =>
        new(Text(node, "headline") ?? Text(node, "name"), Text(node, "datePublished") ?? Text(node, "dateCreated"),
            Names(node, "author"), Names(node, "publisher"));

    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Nodes))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var item in Nodes(graph))
                {
                    yield return item;
                }
            }
        }
    }

    private static List<string> Types(JsonElement node) =>
        !node.TryGetProperty("@type", out var type) ? []
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!]
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList()
        : [];

    private static string? Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && BlockText.Fold(value.GetString()!) is { Length: > 0 } text
            ? System.Net.WebUtility.HtmlDecode(text)
            : null;

    // An author or publisher is a name, an object with a name, or an array of either.
    private static string? Names(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var names = items.Select(i => i.ValueKind == JsonValueKind.String ? BlockText.Fold(i.GetString()!) : Text(i, "name"))
            .Where(n => !string.IsNullOrEmpty(n) && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Distinct().ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }
}
