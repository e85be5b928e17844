using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Trends;

/// <summary>
/// Counts the documents a query matches by the day in a <c>docValues: day</c> field (a column read per hit, not a
/// stored field), and those without one as undated; optionally keeps which documents matched, for counting their
/// occurrences afterwards.
/// </summary>
internal sealed class DayTally : ICollector
{
    private readonly string _dayField;
    private readonly bool _keepDocs;
    private NumericDocValues? _days;
    private IBits? _dated;
    private FixedBitSet? _docs;

    /// <summary>A tally by the day in one field.</summary>
    /// <param name="dayField">The doc-values field holding each document's day.</param>
    /// <param name="keepDocs">Whether to keep the matching documents of each segment (<see cref="Matched"/>).</param>
    public DayTally(string dayField, bool keepDocs)
    {
        _dayField = dayField;
        _keepDocs = keepDocs;
    }

    /// <summary>How many matching documents each day has.</summary>
    public Dictionary<long, long> Days { get; } = [];

    /// <summary>How many matching documents have no day.</summary>
    public long Undated { get; private set; }

    /// <summary>The matching documents of each segment, by the segment's ordinal (only with keepDocs).</summary>
    public Dictionary<int, FixedBitSet> Matched { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Counting needs no scores.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _days = reader.GetNumericDocValues(_dayField);
        _dated = reader.GetDocsWithField(_dayField);
        if (_keepDocs)
        {
            Matched[context.Ord] = _docs = new FixedBitSet(reader.MaxDoc);
        }
    }

    public void Collect(int doc)
    {
        _docs?.Set(doc);
        if (_days is null || _dated is null || !_dated.Get(doc))
        {
            Undated++;
            return;
        }
        CollectionsMarshal.GetValueRefOrAddDefault(Days, _days.Get(doc), out _)++;
    }
}
