using System.Collections.Concurrent;
using Lucene.Net.Index;
using Search.Core.Corpus;
using Search.Core.Schema;

namespace Search.Core.Indexing;

/// <summary>
/// Threads that turn articles into documents and add them to the writer, so that analysis (where indexing time
/// goes) runs on every core while one thread reads the corpus. The queue is bounded: a huge file streams through.
/// </summary>
internal sealed class DocumentWriterPool : IDisposable
{
    private readonly BlockingCollection<(Article Article, string Path)> _queue = new(boundedCapacity: 512);
    private readonly List<Thread> _threads = [];
    private readonly ConcurrentQueue<CorpusWarning> _warnings = new();
    private readonly IndexWriter _writer;
    private readonly IndexProgress _progress;
    private readonly CancellationTokenSource _failed = new();
    private Exception? _failure;

    public DocumentWriterPool(IndexWriter writer, IndexSchema schema, int threads, IndexProgress progress)
    {
        _writer = writer;
        _progress = progress;
        for (var i = 0; i < threads; i++)
        {
            var thread = new Thread(() =>
            {
                using var builder = new ArticleDocumentBuilder(schema);
                Work(builder);
            }) { IsBackground = true, Name = $"index-writer-{i}" };
            _threads.Add(thread);
            thread.Start();
        }
    }

    /// <summary>Warnings about single articles the index refused; the rest of their file is indexed.</summary>
    public IEnumerable<CorpusWarning> Warnings => _warnings;

    /// <summary>Queues an article; blocks while the queue is full; rethrows a writer thread's failure.</summary>
    public void Add(Article article, string path, CancellationToken cancel)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancel, _failed.Token);
        try
        {
            _queue.Add((article, path), either.Token);
        }
        catch (OperationCanceledException) when (_failure is not null)
        {
            throw new AggregateException(_failure);
        }
    }

    /// <summary>Waits until every queued article is in the writer; rethrows a writer thread's failure.</summary>
    public void Complete()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join();
        }
        if (_failure is not null)
        {
            throw new AggregateException(_failure);
        }
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _failed.Cancel();
        foreach (var thread in _threads)
        {
            thread.Join();
        }
        _queue.Dispose();
        _failed.Dispose();
    }

    private void Work(ArticleDocumentBuilder builder)
    {
        try
        {
            foreach (var (article, path) in _queue.GetConsumingEnumerable(_failed.Token))
            {
                try
                {
                    _writer.AddDocuments(builder.Build(article, path));
                }
                catch (ArgumentException e)
                {
                    // Lucene refuses a document (an id longer than a term may be); that article alone is lost.
                    _warnings.Enqueue(new CorpusWarning(path, null, $"article {article.Id} could not be indexed: {e.Message}"));
                }
                _progress.ArticleDone();
            }
        }
        catch (OperationCanceledException)
        {
            // Another thread failed first; its exception is the one reported.
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
            _failed.Cancel();
        }
    }
}
