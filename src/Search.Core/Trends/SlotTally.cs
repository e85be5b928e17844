using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Trends;

/// <summary>
/// Counts the documents a query matches by the period each is counted in (<see cref="DayColumns.Slots"/>), and
/// optionally keeps which documents matched, for counting their occurrences afterwards.
/// </summary>
internal sealed class SlotTally : ICollector
{
    private readonly IReadOnlyDictionary<int, int[]> _slots;
    private readonly bool _keepDocs;
    private int[] _segment = [];
    private FixedBitSet? _docs;

    /// <summary>A tally over the slots of every segment.</summary>
    /// <param name="slots">Each segment's slots.</param>
    /// <param name="periods">How many slots there are (the periods and undated).</param>
    /// <param name="keepDocs">Whether to keep the documents counted (<see cref="Matched"/>).</param>
    public SlotTally(IReadOnlyDictionary<int, int[]> slots, int periods, bool keepDocs)
    {
        _slots = slots;
        _keepDocs = keepDocs;
        Counts = new long[periods];
    }

    /// <summary>How many matching documents each period has, undated last.</summary>
    public long[] Counts { get; }

    /// <summary>The counted documents of each segment, by its ordinal (only with keepDocs).</summary>
    public Dictionary<int, FixedBitSet> Matched { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Counting needs no scores.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment = _slots[context.Ord];
        if (_keepDocs)
        {
            Matched[context.Ord] = _docs = new FixedBitSet(context.AtomicReader.MaxDoc);
        }
    }

    /// <summary>Counts documents chosen beforehand instead of a query's, per segment.</summary>
    public void CollectAll(IReadOnlyDictionary<int, FixedBitSet> docs, IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            if (docs.TryGetValue(leaf.Ord, out var set))
            {
                SetNextReader(leaf);
                for (var doc = set.NextSetBit(0); doc >= 0; doc = doc + 1 < set.Length ? set.NextSetBit(doc + 1) : -1)
                {
                    Collect(doc);
                }
            }
        }
    }

    public void Collect(int doc)
    {
        var slot = _segment[doc];
        if (slot >= 0)
        {
            Counts[slot]++;
            _docs?.Set(doc);
        }
    }
}
