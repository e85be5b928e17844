using System.Globalization;
using System.Text.Json;
using Search.Core.Corpus.Templates;

namespace Search.Core.Corpus;

/// <summary>
/// One article in the interchange format:
/// <c>{"id", "title", "source", "author", "url", "published", "body", "comments": [{"id", "parent", "author", "published", "body"}]}</c>
/// (the article's <c>author</c> is its byline).
/// Only <c>title</c> or <c>body</c> is required.
/// </summary>
internal static class JsonArticle
{
    /// <summary>Reads one article object.</summary>
    /// <param name="element">The JSON value.</param>
    /// <param name="fallbackId">The id to use when the object has none.</param>
    /// <param name="path">The file, for warnings.</param>
    /// <param name="line">The line the object starts on, for warnings.</param>
    /// <param name="warnings">Receives what was wrong but could be mended (a bad date, an orphan reply).</param>
    /// <exception cref="FormatException">The object is not an article: wrong types, or neither title nor body.</exception>
    public static Article Read(JsonElement element, string fallbackId, string path, int? line, ICollection<CorpusWarning> warnings)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"expected an article object, found {Describe(element.ValueKind)}");
        }
        var id = Identifier(element, "id") ?? fallbackId;
        var title = Text(element, "title");
        var body = Text(element, "body");
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(body))
        {
            throw new FormatException("has neither \"title\" nor \"body\"");
        }
        var published = Date(element, "published", $"article {id}", path, line, warnings);
        var comments = Comments(element, id, path, line, warnings);
        return new Article(
            id,
            TitleAndBody.Clean(title ?? ""),
            Text(element, "source"),
            Text(element, "url"),
            published,
            TextDecoder.NormalizeLineEnds(body ?? "").Trim(),
            comments,
            Text(element, "author")?.Trim() is { Length: > 0 } author ? author : null);
    }

    private static List<Comment> Comments(JsonElement article, string articleId, string path, int? line, ICollection<CorpusWarning> warnings)
    {
        var list = new List<Comment>();
        if (!article.TryGetProperty("comments", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return list;
        }
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"\"comments\" must be an array, found {Describe(array.ValueKind)}");
        }
        var depthOf = new Dictionary<string, int>();
        var n = 0;
        foreach (var c in array.EnumerateArray())
        {
            n++;
            if (c.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"comment {n} must be an object, found {Describe(c.ValueKind)}");
            }
            var id = Identifier(c, "id") ?? $"c{n}";
            var body = Text(c, "body");
            if (string.IsNullOrWhiteSpace(body))
            {
                warnings.Add(new CorpusWarning(path, line, $"article {articleId}: comment {id} has no body, left out"));
                continue;
            }
            if (depthOf.ContainsKey(id))
            {
                warnings.Add(new CorpusWarning(path, line, $"article {articleId}: comment id {id} repeats; renamed c{n}"));
                id = $"c{n}";
            }
            var parent = Identifier(c, "parent");
            var depth = 0;
            if (parent is not null)
            {
                if (depthOf.TryGetValue(parent, out var parentDepth))
                {
                    depth = parentDepth + 1;
                }
                else
                {
                    warnings.Add(new CorpusWarning(path, line, $"article {articleId}: comment {id} replies to unknown comment {parent}; kept at top level"));
                    parent = null;
                }
            }
            depthOf[id] = depth;
            var published = Date(c, "published", $"article {articleId} comment {id}", path, line, warnings);
            list.Add(new Comment(id, parent, depth, Text(c, "author")?.Trim() is { Length: > 0 } a ? a : null, published,
                TextDecoder.NormalizeLineEnds(body).Trim()));
        }
        return list;
    }

    private static string? Text(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatException($"\"{name}\" must be a string, found {Describe(value.ValueKind)}");
    }

    // Ids may come as numbers from exports of numeric keys.
    private static string? Identifier(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        var id = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new FormatException($"\"{name}\" must be a string or number, found {Describe(value.ValueKind)}"),
        };
        return string.IsNullOrWhiteSpace(id) ? null : id.Trim();
    }

    private static string? Date(JsonElement obj, string name, string what, string path, int? line, ICollection<CorpusWarning> warnings)
    {
        var raw = Text(obj, name);
        var date = IsoDate.Normalize(raw);
        if (raw is not null && date is null)
        {
            warnings.Add(new CorpusWarning(path, line, string.Create(CultureInfo.InvariantCulture,
                $"{what}: \"{name}\" is not a date ({Shorten(raw)}), left out")));
        }
        return date;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
