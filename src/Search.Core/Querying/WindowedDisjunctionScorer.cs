using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// Scores a disjunction a window of 2,048 documents at a time, as Lucene's BooleanScorer does: each clause's scorer
/// adds its matches of the window to a bucket per document (the score summed in double, how many clauses matched,
/// whether a prohibited one did), then the window's buckets go to the collector, newest first. The clauses run in
/// Lucene's order (prohibited, then optional, each last added first), so every sum is the same to the last bit. The
/// buckets are columns of arrays made once per scorer instead of an object each.
/// </summary>
internal sealed class WindowedDisjunctionScorer : BulkScorer
{
    private const int Size = 1 << 11;
    private const int Mask = Size - 1;
    private const int Prohibited = 1;
    private const int None = -1;

    private readonly int[] _docs = new int[Size];
    private readonly double[] _scores = new double[Size];
    private readonly int[] _coords = new int[Size];
    private readonly int[] _bits = new int[Size];
    private readonly int[] _next = new int[Size];
    private readonly Clause[] _clauses;
    private readonly float[] _coordFactors;
    private readonly int _minShouldMatch;
    private int _first = None;
    private int _current = None;
    private int _end;

    /// <summary>Creates the scorer of one segment.</summary>
    /// <param name="optional">The optional clauses' scorers, in the query's order.</param>
    /// <param name="prohibited">The prohibited clauses' scorers, in the query's order.</param>
    /// <param name="coordFactors">The coordination factor for each number of optional clauses matched.</param>
    /// <param name="minShouldMatch">How many optional clauses a document must match (0 or 1).</param>
    public WindowedDisjunctionScorer(IReadOnlyList<BulkScorer> optional, IReadOnlyList<BulkScorer> prohibited, float[] coordFactors, int minShouldMatch)
    {
        Array.Fill(_docs, -1);
        _clauses = [.. prohibited.Reverse().Select(s => new Clause(s, new BucketCollector(this, Prohibited))),
            .. optional.Reverse().Select(s => new Clause(s, new BucketCollector(this, 0)))];
        _coordFactors = coordFactors;
        _minShouldMatch = minShouldMatch;
    }

    /// <inheritdoc />
    public override bool Score(ICollector collector, int max)
    {
        var hit = new WindowHit();
        collector.SetScorer(hit);
        bool more;
        do
        {
            _first = None;
            while (_current != None)
            {
                var bucket = _current;
                _current = _next[bucket];
                if ((_bits[bucket] & Prohibited) != 0)
                {
                    continue;
                }
                if (_docs[bucket] >= max)
                {
                    // Beyond what the caller asked for now: kept for the next call.
                    _next[bucket] = _first;
                    _first = bucket;
                    continue;
                }
                if (_coords[bucket] >= _minShouldMatch)
                {
                    hit.Set(_docs[bucket], (float)(_scores[bucket] * _coordFactors[_coords[bucket]]), _coords[bucket]);
                    collector.Collect(_docs[bucket]);
                }
            }
            if (_first != None)
            {
                _current = _first;
                _first = _next[_current];
                return true;
            }
            more = false;
            _end += Size;
            foreach (var clause in _clauses)
            {
                if (clause.More)
                {
                    clause.More = clause.Scorer.Score(clause.Collector, _end);
                    more |= clause.More;
                }
            }
            _current = _first;
        }
        while (_current != None || more);
        return false;
    }

    private sealed class Clause(BulkScorer scorer, ICollector collector)
    {
        public BulkScorer Scorer { get; } = scorer;

        public ICollector Collector { get; } = collector;

        public bool More { get; set; } = true;
    }

    // Files one clause's matches into the window's buckets.
    private sealed class BucketCollector(WindowedDisjunctionScorer window, int mask) : ICollector
    {
        private Scorer _scorer = null!;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
            var w = window;
            var bucket = doc & Mask;
            if (w._docs[bucket] != doc)
            {
                w._docs[bucket] = doc;
                w._scores[bucket] = _scorer.GetScore();
                w._bits[bucket] = mask;
                w._coords[bucket] = 1;
                w._next[bucket] = w._first;
                w._first = bucket;
            }
            else
            {
                w._scores[bucket] += _scorer.GetScore();
                w._bits[bucket] |= mask;
                w._coords[bucket]++;
            }
        }
    }
}
