using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// A query's best hits or its count, searched over the index's segments on several cores at once when the caller
/// says the cores are free: the segments are dealt into groups of about equal size, each group is searched on a
/// thread of its own with the one weight, and the groups' results are merged in Lucene's order (higher score first,
/// then lower document number), so the answer is the one a single thread gives.
/// </summary>
internal sealed class SplitSearch
{
    // Below this many documents a query takes well under a millisecond, of which handing part of it to a second
    // thread would cost a visible share.
    private const int FromDocuments = 200_000;

    private readonly SlicedSearcher _searcher;
    private readonly TimeSpan _timeLimit;
    private readonly AtomicReaderContext[][] _whole;
    private readonly AtomicReaderContext[][] _groups;

    /// <summary>Prepares the split of one searcher's segments, one group per core.</summary>
    /// <param name="searcher">The searcher, over the whole index.</param>
    /// <param name="timeLimit">How long one query may collect hits, each group on its own.</param>
    public SplitSearch(SlicedSearcher searcher, TimeSpan timeLimit)
        : this(searcher, timeLimit, Environment.ProcessorCount, FromDocuments)
    {
    }

    // The tests split small indexes, and into a chosen number of groups whatever the machine.
    internal SplitSearch(SlicedSearcher searcher, TimeSpan timeLimit, int ways, int fromDocuments)
    {
        _searcher = searcher;
        _timeLimit = timeLimit;
        var leaves = searcher.IndexReader.Leaves;
        _whole = [[.. leaves]];
        _groups = searcher.IndexReader.MaxDoc >= fromDocuments ? Deal(leaves, ways) : _whole;
    }

    /// <summary>How many groups a query searched alone is split into (1: not split).</summary>
    internal int Ways => _groups.Length;

    /// <summary>The best <paramref name="count"/> hits and the number of all.</summary>
    /// <param name="query">The query.</param>
    /// <param name="count">How many of the best hits.</param>
    /// <param name="split">Whether to split it; false when other queries are using the cores.</param>
    /// <exception cref="QueryDeadlinePassedException">The query ran longer than the time limit.</exception>
    public TopDocs Top(Query query, int count, bool split = true)
    {
        var parts = Collect(query, () => TopScoreDocCollector.Create(count, docsScoredInOrder: false), split);
        if (parts.Length == 1)
        {
            return parts[0].GetTopDocs();
        }
        var tops = parts.Select(p => p.GetTopDocs()).ToArray();
        var best = tops.SelectMany(t => t.ScoreDocs).OrderByDescending(d => d.Score).ThenBy(d => d.Doc).Take(count).ToArray();
        return new TopDocs(tops.Sum(t => t.TotalHits), best, best.Length > 0 ? best[0].Score : float.NaN);
    }

    /// <summary>The number of hits.</summary>
    /// <param name="query">The query.</param>
    /// <param name="split">Whether to split it; false when other queries are using the cores.</param>
    /// <exception cref="QueryDeadlinePassedException">The query ran longer than the time limit.</exception>
    public int Count(Query query, bool split = true) => Collect(query, () => new TotalHitCountCollector(), split).Sum(c => c.TotalHits);

    /// <summary>Runs a query into any collector over the whole index on this thread, within the time limit.</summary>
    /// <exception cref="QueryDeadlinePassedException">The query ran longer than the time limit.</exception>
    public void Collect(Query query, ICollector collector) => Search(_whole[0], Weigh(query), collector);

    /// <summary>Runs <paramref name="work"/> for 0 to <paramref name="count"/> - 1, on as many threads as a split query.</summary>
    /// <param name="count">How many pieces of work.</param>
    /// <param name="work">One piece, given its number; the pieces must not depend on each other.</param>
    /// <param name="split">Whether to use several threads; false when other queries are using the cores.</param>
    public void ForEach(int count, Action<int> work, bool split = true)
    {
        if (!split || _groups.Length == 1 || count < 2)
        {
            for (var i = 0; i < count; i++)
            {
                work(i);
            }
            return;
        }
        OnThreads(count, _groups.Length, work);
    }

    private T[] Collect<T>(Query query, Func<T> collector, bool split) where T : ICollector
    {
        var groups = split ? _groups : _whole;
        var weight = Weigh(query);
        var parts = new T[groups.Length];
        if (groups.Length == 1)
        {
            parts[0] = Search(groups[0], weight, collector());
            return parts;
        }
        OnThreads(groups.Length, groups.Length, i => parts[i] = Search(groups[i], weight, collector()));
        return parts;
    }

    // Disjunctions are scored in windows of arrays (WindowedBooleanQuery): the same hits and scores as Lucene's.
    private Weight Weigh(Query query) => _searcher.CreateNormalizedWeight(WindowedBooleanQuery.From(query));

    private static void OnThreads(int count, int threads, Action<int> work)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, work);
        }
        catch (AggregateException e)
        {
            // The caller handles what one thread would have thrown (the time limit, a damaged index, a bad query).
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    private T Search<T>(AtomicReaderContext[] segments, Weight weight, T collector) where T : ICollector
    {
        _searcher.SearchSegments(segments, weight, new DeadlineCollector(collector, _timeLimit));
        return collector;
    }

    // Largest segment first, each to the group with the fewest documents so far; each group keeps index order.
    private static AtomicReaderContext[][] Deal(IList<AtomicReaderContext> leaves, int ways)
    {
        var groups = Enumerable.Range(0, Math.Min(ways, leaves.Count)).Select(_ => new List<AtomicReaderContext>()).ToArray();
        var sizes = new long[groups.Length];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc).ThenBy(l => l.Ord))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            groups[smallest].Add(leaf);
            sizes[smallest] += leaf.AtomicReader.MaxDoc;
        }
        return [.. groups.Where(g => g.Count > 0).Select(g => g.OrderBy(l => l.Ord).ToArray())];
    }
}
