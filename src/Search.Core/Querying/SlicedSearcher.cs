using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// Lucene's searcher, also able to search a chosen group of the index's segments, which <see cref="SplitSearch"/>
/// does for each group on a thread of its own.
/// </summary>
internal sealed class SlicedSearcher(IndexReader reader) : IndexSearcher(reader)
{
    /// <summary>Collects the hits of a weight (made by <see cref="IndexSearcher.CreateNormalizedWeight"/>) in some segments only.</summary>
    public void SearchSegments(IList<AtomicReaderContext> segments, Weight weight, ICollector collector) =>
        Search(segments, weight, collector);
}
