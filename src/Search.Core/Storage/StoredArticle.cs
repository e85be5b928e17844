using Lucene.Net.Documents;
using Search.Core.Corpus;
using Search.Core.Schema;

namespace Search.Core.Storage;

/// <summary>An article as the index stores it, with the corpus file it was read from.</summary>
/// <param name="Article">The article and its comment thread.</param>
/// <param name="Path">The corpus file, relative to the corpus folder.</param>
public sealed record StoredArticle(Article Article, string Path)
{
    /// <summary>Reads an article document's stored fields.</summary>
    /// <param name="doc">The stored document.</param>
    internal static StoredArticle From(Document doc) => new(
        new Article(
            doc.Get(FieldNames.Id),
            doc.Get(FieldNames.Title) ?? "",
            doc.Get(FieldNames.Source),
            doc.Get(FieldNames.Url),
            doc.Get(FieldNames.Published),
            doc.Get(FieldNames.Body) ?? "",
            CommentThreadCodec.Decode(doc.Get(FieldNames.Thread)),
            doc.Get(FieldNames.Byline)),
        doc.Get(FieldNames.Path));
}
