using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// A boolean query that matches and scores exactly as Lucene's, whose optional clauses are scored, when a collector
/// takes documents out of order, by <see cref="WindowedDisjunctionScorer"/> instead of Lucene's BooleanScorer: the
/// same windows, sums and order, kept in arrays rather than in 2,048 bucket objects made for every segment of every
/// query.
/// </summary>
internal sealed class WindowedBooleanQuery : BooleanQuery
{
    private WindowedBooleanQuery(bool disableCoord)
        : base(disableCoord)
    {
    }

    /// <summary>The query with every boolean query in it, at any depth below other boolean queries, made windowed.</summary>
    /// <param name="query">The query as built.</param>
    /// <returns>An equal query.</returns>
    public static Query From(Query query)
    {
        if (query is not BooleanQuery boolean || query is WindowedBooleanQuery)
        {
            return query;
        }
        var windowed = new WindowedBooleanQuery(boolean.CoordDisabled)
        {
            Boost = boolean.Boost,
            MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch,
        };
        foreach (var clause in boolean.Clauses)
        {
            windowed.Add(From(clause.Query), clause.Occur);
        }
        return windowed;
    }

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) => new WindowedBooleanWeight(this, searcher);
}
