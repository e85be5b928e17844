using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Corpus;
using Search.Core.Errors;
using Search.Core.Schema;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Core.Storage;

/// <summary>
/// A read-only view of one commit of an index: its articles as stored, its file records and its statistics.
/// Everything is read from stored fields; the corpus is never opened.
/// </summary>
public sealed class ArticleIndex : IDisposable
{
    private readonly DirectoryReader _reader;
    private readonly Directory? _ownedDirectory;
    private readonly IndexSearcher _searcher;

    private ArticleIndex(DirectoryReader reader, Directory? ownedDirectory, string path, IndexMetadata metadata)
    {
        _reader = reader;
        _ownedDirectory = ownedDirectory;
        _searcher = new IndexSearcher(reader);
        Path = path;
        Metadata = metadata;
    }

    /// <summary>The index folder.</summary>
    public string Path { get; }

    /// <summary>Schema, corpus and time of the commit this view reads.</summary>
    public IndexMetadata Metadata { get; }

    // The Lucene reader of the commit, for searching.
    internal DirectoryReader Reader => _reader;

    /// <summary>Opens the latest commit of the index in a folder; dispose the view when done.</summary>
    /// <param name="path">The index folder.</param>
    /// <exception cref="SearchException">No index, a damaged one, or one built with another schema.</exception>
    public static ArticleIndex Open(string path) => Open(path, IndexSchema.Current);

    // The schema is the one this build indexes with; tests open indexes of others.
    internal static ArticleIndex Open(string path, IndexSchema schema)
    {
        var directory = IndexDirectory.OpenExisting(path);
        try
        {
            return Open(directory, path, schema, ownsDirectory: true);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    // Opens the latest commit of an index in an open directory (the indexer's), which the view does not dispose.
    internal static ArticleIndex Open(Directory directory, string path, IndexSchema schema) =>
        Open(directory, path, schema, ownsDirectory: false);

    private static ArticleIndex Open(Directory directory, string path, IndexSchema schema, bool ownsDirectory)
    {
        DirectoryReader reader;
        try
        {
            reader = DirectoryReader.Open(directory);
        }
        catch (Exception e) when (IndexDamage.IsDamage(e))
        {
            throw IndexDamage.Error(path, e);
        }
        catch (Exception e) when (IndexDamage.ChecksumFailure(directory) is { } failure)
        {
            throw IndexDamage.Error(path, new IOException(failure.Message, e));
        }
        var metadata = IndexMetadata.FromCommitData(reader.IndexCommit.UserData);
        try
        {
            metadata.RequireSchema(schema, path);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
        return new ArticleIndex(reader, ownsDirectory ? directory : null, path, metadata);
    }

    /// <summary>
    /// The article an id names, or the one article whose id starts with it (<c>search show 003</c>).
    /// </summary>
    /// <param name="idOrPrefix">A whole id, or the start of one.</param>
    /// <exception cref="SearchException">
    /// <see cref="SearchErrorKind.ArticleNotFound"/>: no article has that id or start, or several start with it (the
    /// message names the first few).
    /// </exception>
    public StoredArticle Resolve(string idOrPrefix)
    {
        ArgumentNullException.ThrowIfNull(idOrPrefix);
        if (Find(idOrPrefix) is { } exact)
        {
            return exact;
        }
        const int Named = 5;
        var matches = FindByPrefix(idOrPrefix, limit: Named + 1);
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new SearchException(SearchErrorKind.ArticleNotFound,
                $"no article with id {idOrPrefix} in the index at {Path}"),
            _ => throw new SearchException(SearchErrorKind.ArticleNotFound,
                $"id {idOrPrefix} is ambiguous: it starts {string.Join(", ", matches.Take(Named).Select(m => m.Article.Id))}" +
                (matches.Count > Named ? ", ..." : "")),
        };
    }

    // The article with an id, or null.
    internal StoredArticle? Find(string id)
    {
        var hits = Guard(() => _searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1));
        return hits.ScoreDocs.Length == 0 ? null : Load(hits.ScoreDocs[0].Doc);
    }

    // The articles whose id starts with the prefix, at most limit of them, in id order.
    internal IReadOnlyList<StoredArticle> FindByPrefix(string prefix, int limit)
    {
        if (prefix.Length == 0)
        {
            return [];
        }
        var query = new ConstantScoreQuery(new PrefixQuery(new Term(FieldNames.Id, prefix)));
        var hits = Guard(() => _searcher.Search(query, limit));
        return hits.ScoreDocs.Select(d => Load(d.Doc)).OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
    }

    internal StoredArticle Load(int docId) => Guard(() => StoredArticle.From(_reader.Document(docId)));

    /// <summary>
    /// What a result line shows of an article (id, title, site, date, path), read from its columns: the stored
    /// article would be decompressed whole, thread and all, which was a third of a query's time without snippets.
    /// </summary>
    /// <param name="docId">The article's document number.</param>
    /// <returns>The article with those fields set, no text and no comments.</returns>
    internal StoredArticle LoadListing(int docId) => Guard(() =>
    {
        var leaves = _reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var reader = leaf.AtomicReader;
        var doc = docId - leaf.DocBase;
        var value = new Lucene.Net.Util.BytesRef();
        // A column holds nothing for an empty or missing value: both read as null, as they did from stored fields.
        string? Column(string field)
        {
            if (reader.GetBinaryDocValues(field) is not { } values || reader.GetDocsWithField(field) is not { } present || !present.Get(doc))
            {
                return null;
            }
            values.Get(doc, value);
            return value.Utf8ToString();
        }
        var id = Column(FieldNames.IdColumn) ?? throw new InvalidOperationException($"document {docId} has no {FieldNames.IdColumn}");
        var article = new Article(id, Column(FieldNames.TitleColumn) ?? "", Column(FieldNames.SourceColumn), null,
            Column(FieldNames.PublishedColumn), "", [], null);
        return new StoredArticle(article, Column(FieldNames.PathColumn) ?? "");
    });

    /// <summary>Every article, in id order, read as it is needed.</summary>
    public IEnumerable<StoredArticle> Articles()
    {
        foreach (var doc in DocsOfKind(DocumentKind.Article, FieldNames.Id))
        {
            yield return Load(doc);
        }
    }

    // The record of every corpus file the index holds, by relative path.
    internal Dictionary<string, FileRecord> FileRecords()
    {
        var records = new Dictionary<string, FileRecord>(StringComparer.Ordinal);
        var inv = CultureInfo.InvariantCulture;
        foreach (var docId in DocsOfKind(DocumentKind.File, FieldNames.FilePath))
        {
            var doc = Guard(() => _reader.Document(docId));
            var record = new FileRecord(
                doc.Get(FieldNames.FilePath),
                long.Parse(doc.Get(FieldNames.FileSize), inv),
                long.Parse(doc.Get(FieldNames.FileModified), inv),
                doc.Get(FieldNames.FileHash),
                int.Parse(doc.Get(FieldNames.FileArticles), inv),
                int.Parse(doc.Get(FieldNames.FileComments), inv));
            records[record.Path] = record;
        }
        return records;
    }

    // A running indexer deletes the files of commits and merges it no longer needs, so one listed a moment ago may be
    // gone when its size is read: it is no longer on disk, and stats must not fail for it (it did, under load).
    private static long SizeIfStillThere(FileInfo file)
    {
        try
        {
            return file.Length;
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }

    /// <summary>Counts and sizes of the index: articles, comments, files, Lucene documents, bytes on disk.</summary>
    public IndexStats Stats()
    {
        var files = FileRecords().Values;
        var size = new DirectoryInfo(Path).EnumerateFiles().Sum(SizeIfStillThere);
        var articles = Guard(() =>
        {
            var counter = new TotalHitCountCollector();
            _searcher.Search(KindQuery(DocumentKind.Article), counter);
            return counter.TotalHits;
        });
        return new IndexStats(articles, files.Sum(f => (long)f.Comments), files.Count, _reader.NumDocs, size, Metadata, Path);
    }

    /// <summary>
    /// Verifies the checksum of every file of the commit. This reads the whole index, so only <c>search stats --check</c>
    /// does it; ordinary use finds damage when it reads a damaged part.
    /// </summary>
    /// <exception cref="SearchException">A file is damaged.</exception>
    public void CheckIntegrity()
    {
        foreach (var leaf in _reader.Leaves)
        {
            Guard(() =>
            {
                leaf.AtomicReader.CheckIntegrity();
                return 0;
            });
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _ownedDirectory?.Dispose();
    }

    private static TermQuery KindQuery(string kind) => new(new Term(FieldNames.Kind, kind));

    private IEnumerable<int> DocsOfKind(string kind, string sortField)
    {
        var max = Math.Max(1, _reader.MaxDoc);
        var sort = new Sort(new SortField(sortField, SortFieldType.STRING));
        var hits = Guard(() => _searcher.Search(KindQuery(kind), max, sort));
        return hits.ScoreDocs.Select(d => d.Doc);
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (IndexDamage.IsDamage(e))
        {
            throw IndexDamage.Error(Path, e);
        }
    }
}
