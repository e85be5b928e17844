using System.Text.Json;
using System.Text.RegularExpressions;

namespace Search.Tests.Shared;

/// <summary>
/// JSON Lines in the interchange format taken apart into one line per field, such as
/// <c>gen-000004 comments[1].published = 2020-03-07T09:29:00Z</c>, so that an export can be compared with the input
/// it was indexed from and a mismatch names the article and the field.
/// </summary>
internal static class InterchangeFields
{
    /// <summary>Every field of the interchange format, comment fields as <c>comments[].NAME</c>.</summary>
    public static readonly string[] All =
    [
        "id", "title", "source", "url", "published", "body",
        "comments[].id", "comments[].parent", "comments[].author", "comments[].published", "comments[].body",
    ];

    /// <summary>
    /// One line per field with a value, in article order and, within an article, in name order (property order is
    /// not part of the format). A null field is left out, as the reader treats null and absent alike; every other
    /// field, including one the format does not have, is kept, so a field lost or added on the way shows.
    /// </summary>
    public static List<string> Of(IEnumerable<string> jsonLines)
    {
        var fields = new List<string>();
        foreach (var line in jsonLines)
        {
            using var article = JsonDocument.Parse(line);
            var id = article.RootElement.GetProperty("id").GetString();
            Flatten(article.RootElement, "", field => fields.Add($"{id} {field}"));
        }
        return fields;
    }

    /// <summary>The fields of <see cref="All"/> that have a value in none of the lines: what an input fails to exercise.</summary>
    public static IEnumerable<string> WithoutValues(IEnumerable<string> jsonLines)
    {
        var withValues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in jsonLines)
        {
            using var article = JsonDocument.Parse(line);
            Flatten(article.RootElement, "", field =>
            {
                var path = field[..field.IndexOf(" = ", StringComparison.Ordinal)];
                withValues.Add(Regex.Replace(path, @"\[\d+\]", "[]"));
            });
        }
        return All.Where(field => !withValues.Contains(field));
    }

    private static void Flatten(JsonElement element, string path, Action<string> add)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    Flatten(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, add);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, $"{path}[{index++}]", add);
                }
                break;
            case JsonValueKind.Null:
                break;
            case JsonValueKind.String:
                // Line breaks shown as \n, so that a body with paragraphs stays one comparable line.
                add($"{path} = {element.GetString()!.ReplaceLineEndings("\\n")}");
                break;
            default:
                add($"{path} = {element.GetRawText()}");
                break;
        }
    }
}
