using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Querying;

/// <summary>A filter of documents chosen beforehand, one bit set per segment of the reader they were chosen in.</summary>
internal sealed class SegmentBitsFilter(IReadOnlyDictionary<int, FixedBitSet> docs) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        docs.TryGetValue(context.Ord, out var set) ? BitsFilteredDocIdSet.Wrap(set, acceptDocs) : null;
}
