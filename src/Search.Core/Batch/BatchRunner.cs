using Search.Core.Errors;
using Search.Core.Querying;

namespace Search.Core.Batch;

/// <summary>
/// Answers a stream of queries on several threads over one shared engine, and hands the results back in input order
/// as they become ready. Only a bounded window of queries is in flight, so an input of any length runs in bounded memory.
/// </summary>
public static class BatchRunner
{
    /// <summary>Runs a batch.</summary>
    /// <param name="engine">The engine, shared by all threads.</param>
    /// <param name="queries">The queries, read lazily.</param>
    /// <param name="defaults">Limit, scope and snippets for queries that do not set their own (its query text is unused).</param>
    /// <param name="threads">How many queries run at once; 0 means one per core.</param>
    /// <param name="cancel">Stops the batch between queries.</param>
    /// <returns>The results in input order.</returns>
    public static IEnumerable<BatchResult> Run(SearchEngine engine, IEnumerable<BatchQuery> queries, SearchRequest defaults,
        int threads = 0, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(defaults);
        return Run(queries, query => Answer(engine, query, defaults), threads, cancel);
    }

    /// <summary>Runs a batch with the given way of answering one query.</summary>
    /// <param name="queries">The queries, read lazily.</param>
    /// <param name="answer">Answers one query; called on several threads at once.</param>
    /// <param name="threads">How many queries run at once; 0 means one per core.</param>
    /// <param name="cancel">Stops the batch between queries.</param>
    /// <returns>The results in input order.</returns>
    internal static IEnumerable<BatchResult> Run(IEnumerable<BatchQuery> queries, Func<BatchQuery, BatchResult> answer,
        int threads, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var parallel = threads > 0 ? threads : Environment.ProcessorCount;
        return parallel == 1 ? RunInOrder(queries, answer, cancel) : RunAtOnce(queries, answer, parallel, cancel);
    }

    // One thread: no tasks at all, so a one-thread run measures the engine, not the scheduling.
    private static IEnumerable<BatchResult> RunInOrder(IEnumerable<BatchQuery> queries, Func<BatchQuery, BatchResult> answer,
        CancellationToken cancel)
    {
        foreach (var query in queries)
        {
            cancel.ThrowIfCancellationRequested();
            yield return answer(query);
        }
    }

    private static IEnumerable<BatchResult> RunAtOnce(IEnumerable<BatchQuery> queries, Func<BatchQuery, BatchResult> answer,
        int parallel, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var slots = new SemaphoreSlim(parallel);
        // Enough queries ahead that a slow one does not leave threads idle, few enough to keep memory flat.
        var window = parallel * 8;
        var inFlight = new Queue<Task<BatchResult>>(window);
        try
        {
            foreach (var query in queries)
            {
                stop.Token.ThrowIfCancellationRequested();
                if (inFlight.Count >= window)
                {
                    yield return inFlight.Dequeue().GetAwaiter().GetResult();
                }
                inFlight.Enqueue(Task.Run(async () =>
                {
                    await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                    try
                    {
                        return answer(query);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, stop.Token));
            }
            while (inFlight.Count > 0)
            {
                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // A caller that stops reading early (`search batch | head`, a failed write, an error) disposes the engine
            // next: no query may still be reading its mapped files then. Queries not begun are dropped, those running
            // finish, and their results or failures are of no use to anyone.
            stop.Cancel();
            foreach (var task in inFlight)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
            }
        }
    }

    /// <summary>Answers one query of a batch; a bad query becomes an error result, never an exception.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="query">The query.</param>
    /// <param name="defaults">Limit, scope and snippets where the query sets none.</param>
    internal static BatchResult Answer(SearchEngine engine, BatchQuery query, SearchRequest defaults)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(defaults);
        if (query.Error is not null)
        {
            return new BatchResult(query, null, query.Error);
        }
        var request = defaults with
        {
            Query = query.Query,
            Limit = query.Limit ?? defaults.Limit,
            Scope = query.Scope ?? defaults.Scope,
            Syntax = query.Syntax ?? defaults.Syntax,
        };
        try
        {
            return new BatchResult(query, engine.Search(request), null);
        }
        catch (QueryException e)
        {
            return new BatchResult(query, null, e.ForUser);
        }
    }
}
