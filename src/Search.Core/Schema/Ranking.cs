using Lucene.Net.Search.Similarities;

namespace Search.Core.Schema;

/// <summary>
/// How hits are scored: BM25 with Lucene's defaults (k1 1.2, b 0.75). The writer stores each field's length norm
/// encoded for this similarity and the searcher scores with it, so both take it from here.
/// </summary>
internal static class Ranking
{
    /// <summary>A new instance for a writer or a searcher.</summary>
    public static Similarity Similarity() => new BM25Similarity();
}
