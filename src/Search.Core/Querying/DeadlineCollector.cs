using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// Stops hit collection once a deadline passes. Lucene's <c>TimeLimitingCollector</c> does the same off a clock
/// thread that it starts on first use: a thread start is a visible part of a one-query process's few milliseconds,
/// while reading the clock every few thousand hits costs nothing measurable.
/// </summary>
internal sealed class DeadlineCollector : ICollector
{
    private const int HitsBetweenChecks = 4096;

    private readonly ICollector _inner;
    private readonly long _deadline;
    private int _untilCheck = HitsBetweenChecks;

    /// <summary>Wraps a collector with a time limit that starts now.</summary>
    public DeadlineCollector(ICollector inner, TimeSpan limit)
    {
        _inner = inner;
        _deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
    }

    public bool AcceptsDocsOutOfOrder => _inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        ThrowIfLate();
        _inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (--_untilCheck == 0)
        {
            _untilCheck = HitsBetweenChecks;
            ThrowIfLate();
        }
        _inner.Collect(doc);
    }

    private void ThrowIfLate()
    {
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new QueryDeadlinePassedException();
        }
    }
}
