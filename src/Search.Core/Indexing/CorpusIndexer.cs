using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Corpus;
using Search.Core.Errors;
using Search.Core.Schema;
using Search.Core.Storage;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Core.Indexing;

/// <summary>
/// Brings an index up to date with its corpus: new files are added, changed ones replaced with all their comments,
/// deleted ones removed, unchanged ones skipped. All of it lands in one Lucene commit, so a run that is killed or
/// fails leaves the previous index exactly as it was.
/// </summary>
public static class CorpusIndexer
{
    private const double RamBufferMb = 256;

    /// <summary>Whether an index reflects its corpus as it is now, judged by file names, sizes and time stamps alone.</summary>
    /// <param name="corpus">The corpus folder.</param>
    /// <param name="metadata">The metadata of the index's last commit.</param>
    /// <returns>True when no file was added, removed, resized or touched since that commit.</returns>
    /// <exception cref="SearchException">The corpus folder does not exist.</exception>
    internal static bool IsCurrent(string corpus, IndexMetadata metadata) =>
        CorpusStamp.Of(CorpusScanner.Scan(corpus, [])) == metadata.CorpusStamp;

    /// <summary>Runs one indexing pass.</summary>
    /// <param name="request">Corpus, index and options.</param>
    /// <param name="progress">Counters to watch from another thread, or null.</param>
    /// <param name="cancel">Stops the run; nothing is committed.</param>
    /// <returns>What the run did.</returns>
    /// <exception cref="SearchException">Missing corpus, locked, damaged or mismatched index, or a write failure.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; the index is as it was.</exception>
    public static IndexSummary Run(IndexRequest request, IndexProgress? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        if (request.CopyThreshold is { } asked && !(asked >= IndexMetadata.MinCopyThreshold && asked <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(request), $"the copy threshold must be from {IndexMetadata.MinCopyThreshold} to 1");
        }
        progress ??= new IndexProgress();
        var schema = IndexSchema.Current;
        var warnings = new List<CorpusWarning>();
        var files = CorpusScanner.Scan(request.Corpus, warnings);

        CreateFolder(request.Index);
        using var writeLock = request.WaitForLock
            ? IndexWriteLock.AcquireWaiting(request.Index, () => progress.WaitingForLock = true, cancel)
            : IndexWriteLock.Acquire(request.Index);
        progress.WaitingForLock = false;
        using var directory = IndexDirectory.Open(request.Index);
        if (!request.Rebuild && !DirectoryReader.IndexExists(directory) && IndexDirectory.HasSegmentFiles(request.Index))
        {
            // Segment files but no commit naming them: refuse rather than silently start over.
            throw IndexDamage.Error(request.Index, new FileNotFoundException("no segments file"));
        }
        var writer = OpenWriter(directory, schema, request);
        try
        {
            var existed = !request.Rebuild && DirectoryReader.IndexExists(directory);
            var (known, previousStamp, previousThreshold) = existed
                ? ReadFileRecords(directory, request.Index, schema)
                : ([], "", IndexMetadata.DefaultCopyThreshold);
            var threshold = request.CopyThreshold ?? previousThreshold;
            var changes = CorpusChanges.Compare(files, known, warnings);
            progress.FilesTotal = changes.Added.Count + changes.Updated.Count;
            progress.BytesTotal = changes.Added.Concat(changes.Updated).Sum(f => f.File.Size);

            var (articles, comments) = Apply(changes, writer, schema, request, progress, warnings, cancel);
            var stamp = CorpusStamp.Of(files);
            // The last moment a cancelled run can still leave the index as it was.
            cancel.ThrowIfCancellationRequested();
            if (changes.Any || !existed || stamp != previousStamp || threshold != previousThreshold)
            {
                writer.SetCommitData(IndexMetadata.For(schema, request.Corpus, stamp, threshold).ToCommitData());
                writer.Commit();
                writer.Dispose();
            }
            else
            {
                writer.Rollback();
            }
            return new IndexSummary(changes.Added.Count, changes.Updated.Count, changes.Removed.Count, changes.Unchanged,
                articles, comments, warnings, clock.Elapsed);
        }
        catch (Exception e)
        {
            // Rollback, never Dispose: in Lucene 4.8 closing a writer commits what it holds.
            RollbackQuietly(writer);
            throw Translate(e, request.Index);
        }
    }

    private static (long Articles, long Comments) Apply(CorpusChanges changes, IndexWriter writer, IndexSchema schema,
        IndexRequest request, IndexProgress progress, List<CorpusWarning> warnings, CancellationToken cancel)
    {
        foreach (var path in changes.Removed)
        {
            DeleteFile(writer, path);
        }
        using var records = new ArticleDocumentBuilder(schema);
        foreach (var record in changes.Restamped)
        {
            writer.UpdateDocument(new Term(FieldNames.FilePath, record.Path), records.Build(record));
        }

        long articles = 0, comments = 0;
        var threads = request.Threads > 0 ? request.Threads : Environment.ProcessorCount;
        using var pool = new DocumentWriterPool(writer, schema, threads, progress);
        var idsSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = changes.Added.Concat(changes.Updated).ToList();
        var readAhead = new PageReadAhead(pending.Select(p => p.File).ToList(), threads);
        for (var i = 0; i < pending.Count; i++)
        {
            var (file, hash) = pending[i];
            cancel.ThrowIfCancellationRequested();
            var fileWarnings = new List<CorpusWarning>();
            IEnumerable<Article> read;
            FileStream? stream = null;
            try
            {
                // Open (and, for pages, read) before deleting the old version, so an unreadable file keeps it.
                if (PageReadAhead.ReadsWhole(file))
                {
                    var page = readAhead.Take(i);
                    if (page.Failure is not null)
                    {
                        throw page.Failure;
                    }
                    fileWarnings.AddRange(page.Warnings);
                    read = page.Articles;
                }
                else
                {
                    stream = CorpusFileReader.Open(file.FullPath);
                    read = CorpusFileReader.Read(stream, file.RelativePath, fileWarnings);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add(new CorpusWarning(file.RelativePath, null, $"could not be read ({e.Message}); skipped"));
                continue;
            }
            using (stream)
            {
                DeleteFile(writer, file.RelativePath);
                int fileArticles = 0, fileComments = 0;
                try
                {
                    foreach (var article in read)
                    {
                        // The queue only looks at the token when it is full: with writers keeping up, a run of one
                        // big file would not notice Ctrl+C until it ended.
                        cancel.ThrowIfCancellationRequested();
                        if (idsSeen.TryGetValue(article.Id, out var other))
                        {
                            fileWarnings.Add(new CorpusWarning(file.RelativePath, null,
                                $"article id {article.Id} is also used in {other}; `search show` finds only one of them"));
                        }
                        else
                        {
                            idsSeen[article.Id] = file.RelativePath;
                        }
                        pool.Add(article, file.RelativePath, cancel);
                        progress.ReadUpTo(stream is null ? file.Size : Math.Min(stream.Position, file.Size));
                        fileArticles++;
                        fileComments += article.Comments.Count;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    fileWarnings.Add(new CorpusWarning(file.RelativePath, null, $"reading stopped ({e.Message}); the rest of the file is left out"));
                }
                writer.AddDocument(records.Build(new FileRecord(
                    file.RelativePath, file.Size, file.ModifiedTicks, hash, fileArticles, fileComments)));
                articles += fileArticles;
                comments += fileComments;
            }
            warnings.AddRange(fileWarnings);
            progress.FileDone(file.Size);
        }
        pool.Complete();
        warnings.AddRange(pool.Warnings);
        return (articles, comments);
    }

    private static void DeleteFile(IndexWriter writer, string path) =>
        writer.DeleteDocuments(new Term(FieldNames.Path, path), new Term(FieldNames.FilePath, path));

    private static (Dictionary<string, FileRecord> Records, string CorpusStamp, double CopyThreshold) ReadFileRecords(Directory directory, string path, IndexSchema schema)
    {
        using var index = ArticleIndex.Open(directory, path, schema);
        return (index.FileRecords(), index.Metadata.CorpusStamp, index.Metadata.CopyThreshold);
    }

    private static IndexWriter OpenWriter(Directory directory, IndexSchema schema, IndexRequest request)
    {
        IndexWriterConfig Config() => new(LuceneVersion.LUCENE_48, SchemaAnalyzer.For(schema))
        {
            OpenMode = request.Rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking.Similarity(),
            RAMBufferSizeMB = RamBufferMb,
            Codec = MappedCodecFactory.Writing,
        };
        try
        {
            return new IndexWriter(directory, Config());
        }
        catch (LockObtainFailedException e)
        {
            throw new SearchException(SearchErrorKind.IndexLocked,
                $"the index at {request.Index} is being updated by another process; try again when it has finished", e);
        }
        catch (Exception e) when (IndexDamage.IsDamage(e) && !request.Rebuild)
        {
            throw IndexDamage.Error(request.Index, e);
        }
        catch (Exception e) when (IndexDamage.IsDamage(e))
        {
            // Even in CREATE mode Lucene reads the last commit, and a damaged one stops it. A rebuild replaces the
            // index whole, and we hold the write lock, so its files can go.
            ClearIndexFiles(directory);
            return new IndexWriter(directory, Config());
        }
    }

    private static void ClearIndexFiles(Directory directory)
    {
        foreach (var file in directory.ListAll())
        {
            if (file != IndexWriteLock.FileName)
            {
                directory.DeleteFile(file);
            }
        }
    }

    private static void CreateFolder(string index)
    {
        try
        {
            System.IO.Directory.CreateDirectory(index);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchException(SearchErrorKind.IndexWriteFailed, $"cannot create the index folder {index}: {e.Message}", e);
        }
    }

    private static Exception Translate(Exception e, string index)
    {
        if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            e = aggregate.InnerExceptions[0];
        }
        return e switch
        {
            SearchException or OperationCanceledException => e,
            IOException or UnauthorizedAccessException => new SearchException(SearchErrorKind.IndexWriteFailed,
                $"writing the index at {index} failed ({e.Message}); the previous index is unchanged", e),
            _ => e,
        };
    }

    private static void RollbackQuietly(IndexWriter writer)
    {
        try
        {
            writer.Rollback();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The writer is already closed or its folder unwritable: the last commit stands either way.
        }
    }
}
