using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// Adds the proximity bonus (<see cref="LuceneQueryBuilder.ProximityBonus"/>) to the best hits only, then orders them
/// again. Within the window a hit scores exactly as if the bonus were part of the query (BM25 has no coordination
/// factor or query norm, so scores of optional clauses simply add); a hit outside it cannot be lifted in by the bonus.
/// </summary>
internal static class ProximityRescorer
{
    /// <summary>How many of the best hits get the bonus, at the least.</summary>
    public const int Window = 100;

    /// <summary>The hits with their bonuses added, best first (equal scores in index order, as Lucene ranks them).</summary>
    /// <param name="searcher">The searcher the hits came from.</param>
    /// <param name="bonus">The bonus query.</param>
    /// <param name="hits">The hits.</param>
    /// <returns>The hits, rescored and sorted.</returns>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, Query bonus, ScoreDoc[] hits)
    {
        var weight = searcher.CreateNormalizedWeight(bonus);
        var byDoc = hits.Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToArray();
        var leaves = searcher.IndexReader.Leaves;
        var next = 0;
        foreach (var leaf in leaves)
        {
            var end = leaf.DocBase + leaf.Reader.MaxDoc;
            if (next >= byDoc.Length || byDoc[next].Doc >= end)
            {
                continue;
            }
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            for (; next < byDoc.Length && byDoc[next].Doc < end; next++)
            {
                var target = byDoc[next].Doc - leaf.DocBase;
                if (scorer is null)
                {
                    continue;
                }
                if (scorer.DocID < target)
                {
                    scorer.Advance(target);
                }
                if (scorer.DocID == target)
                {
                    byDoc[next].Score += scorer.GetScore();
                }
            }
        }
        return byDoc.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).ToArray();
    }
}
