using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Querying;

/// <summary>Every document a query matches, one bit set per segment: for the analyses that go over all of them in order.</summary>
internal sealed class MatchedDocs : ICollector
{
    private FixedBitSet? _docs;

    /// <summary>The matched documents of each segment, by the segment's ordinal; a segment with none may be absent.</summary>
    public Dictionary<int, FixedBitSet> BySegment { get; } = [];

    /// <summary>How many documents matched.</summary>
    public long Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Which documents, not how well.
    }

    public void SetNextReader(AtomicReaderContext context) =>
        BySegment[context.Ord] = _docs = new FixedBitSet(context.AtomicReader.MaxDoc);

    public void Collect(int doc)
    {
        _docs!.Set(doc);
        Count++;
    }

    /// <summary>The documents of one segment in order.</summary>
    public static IEnumerable<int> Each(FixedBitSet docs)
    {
        for (var doc = docs.NextSetBit(0); doc >= 0; doc = doc + 1 < docs.Length ? docs.NextSetBit(doc + 1) : -1)
        {
            yield return doc;
        }
    }
}
