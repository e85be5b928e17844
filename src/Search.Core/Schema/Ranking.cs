using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Search.Core.Schema;

/// <summary>
/// How hits are scored: BM25 with Lucene's defaults (k1 1.2, b 0.75), its statistics taken over the documents that
/// have the field (as Lucene 6 and later do), not over every document of the index: comment documents and file
/// records carry none of an article's fields, and must not change an article's score. The writer stores each
/// field's length norm encoded for this similarity and the searcher scores with it, so both take it from here.
/// </summary>
internal sealed class Ranking : BM25Similarity
{
    /// <summary>A new instance for a writer or a searcher.</summary>
    public static Similarity Similarity() => new Ranking();

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
