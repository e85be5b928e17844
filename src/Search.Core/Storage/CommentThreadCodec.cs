using System.Text;
using System.Text.Json;
using Search.Core.Corpus;

namespace Search.Core.Storage;

/// <summary>
/// A comment thread as the JSON array kept in the stored <c>thread</c> field:
/// <c>[{"id", "parent", "depth", "author", "published", "body"}]</c> in page order. Matches and snippets of comments
/// are found in these texts, so a hit can name the comment and its author.
/// </summary>
internal static class CommentThreadCodec
{
    /// <summary>Encodes a thread.</summary>
    /// <param name="comments">The comments in order.</param>
    /// <returns>The JSON text.</returns>
    public static string Encode(IReadOnlyList<Comment> comments)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var comment in comments)
            {
                JsonArticleWriter.WriteComment(json, comment, withDepth: true);
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Decodes a thread.</summary>
    /// <param name="json">The stored JSON text.</param>
    /// <returns>The comments in order.</returns>
    public static IReadOnlyList<Comment> Decode(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }
        using var doc = JsonDocument.Parse(json);
        var comments = new List<Comment>(doc.RootElement.GetArrayLength());
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            comments.Add(new Comment(
                c.GetProperty("id").GetString()!,
                c.GetProperty("parent").GetString(),
                c.GetProperty("depth").GetInt32(),
                c.GetProperty("author").GetString(),
                c.GetProperty("published").GetString(),
                c.GetProperty("body").GetString()!));
        }
        return comments;
    }
}
