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
        // Written only where known, so records of pages without a byline read as they always have.
        if (article.Author is not null)
        {
            json.WriteString("author", article.Author);
        }
        json.WriteString("url", article.Url);
        json.WriteString("published", article.Published);
        json.WriteString("body", article.Body);
        json.WriteStartArray("comments");
        foreach (var comment in article.Comments)
        {
            WriteComment(json, comment, withDepth: false);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes one comment object: <c>{"id", "parent", ["depth",] "author", "published", "body"}</c>.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="comment">The comment.</param>
    /// <param name="withDepth">Whether to write its depth, which the interchange format leaves to be derived from parents.</param>
    internal static void WriteComment(Utf8JsonWriter json, Comment comment, bool withDepth)
    {
        json.WriteStartObject();
        json.WriteString("id", comment.Id);
        json.WriteString("parent", comment.ParentId);
        if (withDepth)
        {
            json.WriteNumber("depth", comment.Depth);
        }
        json.WriteString("author", comment.Author);
        json.WriteString("published", comment.Published);
        json.WriteString("body", comment.Body);
        json.WriteEndObject();
    }
}
