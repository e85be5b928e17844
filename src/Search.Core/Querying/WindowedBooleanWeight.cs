using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Querying;

/// <summary>
/// Lucene's boolean weight, but a disjunction scored out of order (optional and prohibited clauses only, at most one
/// optional clause required to match) is scored by <see cref="WindowedDisjunctionScorer"/>; every other case as Lucene does.
/// </summary>
internal sealed class WindowedBooleanWeight : BooleanQuery.BooleanWeight
{
    private readonly BooleanQuery _query;

    /// <summary>Creates the weight, its clauses' weights with it.</summary>
    public WindowedBooleanWeight(BooleanQuery query, IndexSearcher searcher)
        : base(query, searcher, query.CoordDisabled)
    {
        _query = query;
    }

    /// <inheritdoc />
    public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
    {
        var query = _query;
        var clauses = query.Clauses;
        if (scoreDocsInOrder || query.MinimumNumberShouldMatch > 1 || clauses.Any(c => c.IsRequired))
        {
            return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
        }
        var optional = new List<BulkScorer>();
        var prohibited = new List<BulkScorer>();
        for (var i = 0; i < m_weights.Count; i++)
        {
            if (m_weights[i].GetBulkScorer(context, false, acceptDocs) is { } scorer)
            {
                (clauses[i].IsProhibited ? prohibited : optional).Add(scorer);
            }
        }
        var coords = new float[optional.Count + 1];
        for (var i = 0; i < coords.Length; i++)
        {
            coords[i] = query.CoordDisabled ? 1f : Coord(i, m_maxCoord);
        }
        return new WindowedDisjunctionScorer(optional, prohibited, coords, query.MinimumNumberShouldMatch);
    }
}
