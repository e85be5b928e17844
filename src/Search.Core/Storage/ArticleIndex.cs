using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
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

    /// <summary>The Lucene reader of the commit, for searching.</summary>
    public DirectoryReader Reader => _reader;

    /// <summary>Opens the latest commit of the index in a folder.</summary>
    /// <param name="path">The index folder.</param>
    /// <param name="schema">The schema the index must have been built with.</param>
    /// <returns>The view; dispose it when done.</returns>
    /// <exception cref="SearchException">No index, a damaged one, or one built with another schema.</exception>
    public static ArticleIndex Open(string path, IndexSchema schema)
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

    /// <summary>Opens the latest commit of an index in an open directory, which the view does not dispose.</summary>
    /// <param name="directory">The Lucene directory.</param>
    /// <param name="path">The index folder, for messages.</param>
    /// <param name="schema">The schema the index must have been built with.</param>
    /// <returns>The view.</returns>
    /// <exception cref="SearchException">A damaged index, or one built with another schema.</exception>
    public static ArticleIndex Open(Directory directory, string path, IndexSchema schema) =>
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

    /// <summary>The article with an id, or null.</summary>
    /// <param name="id">The article id.</param>
    /// <returns>The article and the corpus file it came from.</returns>
    public StoredArticle? Find(string id)
    {
        var hits = Guard(() => _searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1));
        return hits.ScoreDocs.Length == 0 ? null : Load(hits.ScoreDocs[0].Doc);
    }

    /// <summary>The articles whose id starts with <paramref name="prefix"/>, in id order.</summary>
    /// <param name="prefix">The start of an id.</param>
    /// <param name="limit">At most this many.</param>
    /// <returns>The articles.</returns>
    public IReadOnlyList<StoredArticle> FindByPrefix(string prefix, int limit)
    {
        if (prefix.Length == 0)
        {
            return [];
        }
        var query = new ConstantScoreQuery(new PrefixQuery(new Term(FieldNames.Id, prefix)));
        var hits = Guard(() => _searcher.Search(query, limit));
        return hits.ScoreDocs.Select(d => Load(d.Doc)).OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The stored article of a document.</summary>
    /// <param name="docId">The Lucene document number.</param>
    /// <returns>The article.</returns>
    public StoredArticle Load(int docId) => Guard(() => StoredArticle.From(_reader.Document(docId)));

    /// <summary>Every article, in id order.</summary>
    /// <returns>The articles.</returns>
    public IEnumerable<StoredArticle> Articles()
    {
        foreach (var doc in DocsOfKind(DocumentKind.Article, FieldNames.Id))
        {
            yield return Load(doc);
        }
    }

    /// <summary>The record of every corpus file the index holds, by relative path.</summary>
    /// <returns>The records.</returns>
    public Dictionary<string, FileRecord> FileRecords()
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

    /// <summary>Counts and sizes of the index.</summary>
    /// <returns>The statistics.</returns>
    public IndexStats Stats()
    {
        var files = FileRecords().Values;
        var size = new DirectoryInfo(Path).EnumerateFiles().Sum(f => f.Length);
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
