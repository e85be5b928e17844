using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Search.Core.Schema;

/// <summary>
/// BM25 with Lucene's defaults (k1 1.2, b 0.75), its statistics taken over the documents that have the field (as
/// Lucene 6 and later do), not over every document of the index: comment documents and file records carry none of an
/// article's fields, and must not change an article's score. <see cref="Ranking"/> scores with it.
/// </summary>
internal sealed class Bm25WithFieldStatistics : BM25Similarity
{
    /// <inheritdoc />
    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var documents = DocumentsWithField(collectionStats);
        var idf = Idf(termStats.DocFreq, documents);
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, docCount={documents})");
    }

    /// <inheritdoc />
    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var documents = DocumentsWithField(collectionStats);
        var sum = new Explanation { Description = "idf(), sum of:" };
        var idf = 0f;
        foreach (var stat in termStats)
        {
            var one = Idf(stat.DocFreq, documents);
            sum.AddDetail(new Explanation(one, $"idf(docFreq={stat.DocFreq}, docCount={documents})"));
            idf += one;
        }
        sum.Value = idf;
        return sum;
    }

    /// <inheritdoc />
    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var sum = collectionStats.SumTotalTermFreq;
        return sum <= 0 ? 1f : (float)(sum / (double)DocumentsWithField(collectionStats));
    }

    // Lucene.Net 4.8 reports -1 where a codec does not keep the count; then every document is the honest fallback.
    private static long DocumentsWithField(CollectionStatistics stats) => stats.DocCount > 0 ? stats.DocCount : stats.MaxDoc;
}
