using System.Globalization;
using Lucene.Net.Documents;
using Search.Core.Corpus;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Indexing;

/// <summary>
/// Turns an <see cref="Article"/> (and a <see cref="FileRecord"/>) into the Lucene documents the schema describes:
/// one per comment, then the article's. Which field gets which value is read from each field's <c>from</c> and
/// <c>on</c> in <c>index-schema/schema.json</c>.
/// </summary>
internal sealed class ArticleDocumentBuilder : IDisposable
{
    private readonly IndexSchema _schema;
    private readonly LuceneFieldFactory _fields;

    /// <summary>Creates a builder for a schema.</summary>
    /// <param name="schema">The index schema.</param>
    public ArticleDocumentBuilder(IndexSchema schema)
    {
        _schema = schema;
        _fields = new LuceneFieldFactory(schema);
    }

    /// <summary>
    /// The documents of one article: each comment's, in thread order, then the article's, to be added together as one
    /// block (Lucene keeps a block's documents side by side, so a comment's article is the next article document).
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="path">The corpus file it was read from, relative to the corpus folder.</param>
    public IReadOnlyList<Document> Build(Article article, string path)
    {
        ArgumentNullException.ThrowIfNull(article);
        // One analysis session for the whole block: a comment's text is tokenized once for its own document and the
        // article's comment field.
        _fields.StartDocument();
        var docs = new List<Document>(article.Comments.Count + 1);
        foreach (var comment in article.Comments)
        {
            docs.Add(CommentDocument(article, comment, path));
        }
        docs.Add(ArticleDocument(article, path));
        return docs;
    }

    private Document ArticleDocument(Article article, string path)
    {
        var doc = new Document();
        foreach (var field in _schema.Fields.Where(f => f.IsOn(DocumentKind.Article)))
        {
            if (field.Analyzer == "minhash")
            {
                LuceneFieldFactory.AddSignature(doc, field, article.Paragraphs);
                continue;
            }
            switch (field.From)
            {
                case "record.kind":
                    _fields.Add(doc, field, DocumentKind.Article);
                    break;
                case "article.id":
                    _fields.Add(doc, field, article.Id);
                    break;
                case "article.path":
                    _fields.Add(doc, field, path);
                    break;
                case "article.title":
                    _fields.Add(doc, field, article.Title);
                    break;
                case "article.source":
                    AddOptional(doc, field, article.Source);
                    break;
                case "article.author":
                    AddOptional(doc, field, article.Author);
                    break;
                case "article.url":
                    AddOptional(doc, field, article.Url);
                    break;
                case "article.published":
                    AddOptional(doc, field, article.Published);
                    break;
                case "article.body":
                    // One indexed value per paragraph, so the position gap keeps phrases inside a paragraph.
                    foreach (var paragraph in article.Paragraphs)
                    {
                        _fields.AddIndexed(doc, field, paragraph);
                    }
                    LuceneFieldFactory.AddStored(doc, field, article.Body);
                    break;
                case "comment.body":
                    // Paragraph by paragraph too: a phrase stays inside one paragraph of one comment.
                    foreach (var comment in article.Comments)
                    {
                        foreach (var paragraph in comment.Paragraphs)
                        {
                            _fields.AddIndexed(doc, field, paragraph);
                        }
                        LuceneFieldFactory.AddStored(doc, field, comment.Body);
                    }
                    break;
                case "comment.author":
                    foreach (var author in article.Comments.Select(c => c.Author).OfType<string>().Distinct())
                    {
                        _fields.Add(doc, field, author);
                    }
                    break;
                case "article.comments":
                    _fields.Add(doc, field, CommentThreadCodec.Encode(article.Comments));
                    break;
            }
        }
        return doc;
    }

    private Document CommentDocument(Article article, Comment comment, string path)
    {
        var doc = new Document();
        // Counted under its own date where the page gives one, else under its article's.
        var published = comment.Published ?? article.Published;
        foreach (var field in _schema.Fields.Where(f => f.IsOn(DocumentKind.Comment)))
        {
            if (field.Analyzer == "fingerprint")
            {
                LuceneFieldFactory.AddFingerprint(doc, field, comment.Body);
                continue;
            }
            switch (field.From)
            {
                case "record.kind":
                    _fields.Add(doc, field, DocumentKind.Comment);
                    break;
                case "article.path":
                    _fields.Add(doc, field, path);
                    break;
                case "article.id":
                    _fields.Add(doc, field, article.Id);
                    break;
                case "article.source":
                    AddOptional(doc, field, article.Source);
                    break;
                case "comment.id":
                    _fields.Add(doc, field, comment.Id);
                    break;
                case "comment.author":
                    AddOptional(doc, field, comment.Author);
                    break;
                case "comment.published":
                    AddOptional(doc, field, published);
                    break;
                case "comment.body":
                    foreach (var paragraph in comment.Paragraphs)
                    {
                        _fields.AddIndexed(doc, field, paragraph);
                    }
                    break;
            }
        }
        return doc;
    }

    /// <summary>The document that records one corpus file.</summary>
    /// <param name="record">What was read from the file.</param>
    public Document Build(FileRecord record)
    {
        var doc = new Document();
        var inv = CultureInfo.InvariantCulture;
        foreach (var field in _schema.Fields)
        {
            var value = field.From switch
            {
                "record.kind" => DocumentKind.File,
                "file.path" => record.Path,
                "file.size" => record.Size.ToString(inv),
                "file.modified" => record.ModifiedTicks.ToString(inv),
                "file.hash" => record.Hash,
                "file.articles" => record.Articles.ToString(inv),
                "file.comments" => record.Comments.ToString(inv),
                _ => null,
            };
            if (value is not null)
            {
                _fields.Add(doc, field, value);
            }
        }
        return doc;
    }

    /// <inheritdoc />
    public void Dispose() => _fields.Dispose();

    // A name key is added for no name too (the empty key): "no author" is a group that search who counts.
    private void AddOptional(Document doc, FieldDefinition field, string? value)
    {
        if (field.Analyzer == "identity")
        {
            _fields.AddName(doc, field, value);
        }
        else if (!string.IsNullOrEmpty(value))
        {
            _fields.Add(doc, field, value);
        }
    }
}
