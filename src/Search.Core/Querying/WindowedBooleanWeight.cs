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
    private readonly bool _disjunction;
    private readonly float[] _coordFactors;

    /// <summary>Creates the weight, its clauses' weights with it.</summary>
    public WindowedBooleanWeight(BooleanQuery query, IndexSearcher searcher)
        : base(query, searcher, query.CoordDisabled)
    {
        _query = query;
        // Worked out once for the query, not for each segment it is scored in.
        _disjunction = query.MinimumNumberShouldMatch <= 1 && !query.Clauses.Any(c => c.IsRequired);
        _coordFactors = new float[query.Clauses.Count(c => !c.IsProhibited) + 1];
        for (var i = 0; i < _coordFactors.Length; i++)
        {
            _coordFactors[i] = query.CoordDisabled ? 1f : Coord(i, m_maxCoord);
        }
    }

    /// <inheritdoc />
    public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
    {
        if (scoreDocsInOrder || !_disjunction)
        {
            return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
        }
        var clauses = _query.Clauses;
        var optional = new List<BulkScorer>();
        var prohibited = new List<BulkScorer>();
        for (var i = 0; i < m_weights.Count; i++)
        {
            if (m_weights[i].GetBulkScorer(context, false, acceptDocs) is { } scorer)
            {
                (clauses[i].IsProhibited ? prohibited : optional).Add(scorer);
            }
        }
        return new WindowedDisjunctionScorer(optional, prohibited, _coordFactors, _query.MinimumNumberShouldMatch);
    }
}
