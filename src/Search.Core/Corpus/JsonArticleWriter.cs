using System.Text.Json;

namespace Search.Core.Corpus;

/// <summary>
/// Writes articles in the interchange format that <see cref="JsonArticle"/> reads, so that an export indexes back
/// into the same articles.
/// </summary>
public static class JsonArticleWriter
{
    /// <summary>Writes one article object.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="article">The article.</param>
    public static void Write(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("title", article.Title);
        json.WriteString("source", article.Source);
        json.WriteString("url", article.Url);
        json.WriteString("published", article.Published);
        json.WriteString("body", article.Body);
        json.WriteStartArray("comments");
        foreach (var c in article.Comments)
        {
            json.WriteStartObject();
            json.WriteString("id", c.Id);
            json.WriteString("parent", c.ParentId);
            json.WriteString("author", c.Author);
            json.WriteString("published", c.Published);
            json.WriteString("body", c.Body);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
