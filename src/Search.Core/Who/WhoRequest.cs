using Search.Core.Batch;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Trends;

namespace Search.Core.Who;

/// <summary>What <c>search who</c> counts: narratives, grouped how, which unit, over which days.</summary>
/// <param name="Narratives">The queries, one per narrative, as a batch file gives them.</param>
/// <param name="By">What the matches are grouped by.</param>
/// <param name="Unit">Articles or comments; null for the grouping's own (comments by commenter and by article, articles by source and author).</param>
/// <param name="Top">How many groups to keep per narrative, best first; 0 for all.</param>
/// <param name="Min">The fewest matches a group must have to be listed.</param>
/// <param name="From">The first day counted, or null for no bound (undated units are counted only with no bound).</param>
/// <param name="To">The last day counted, or null for no bound.</param>
/// <param name="ByPeriod">Also split each group by period, every period shown; null for one row per group.</param>
/// <param name="Scope">What the query is matched against, for narratives that do not set their own.</param>
/// <param name="Syntax">The query syntax, for narratives that do not set their own.</param>
public sealed record WhoRequest(
    IReadOnlyList<BatchQuery> Narratives,
    WhoGroupBy By = WhoGroupBy.Commenter,
    TrendUnit? Unit = null,
    int Top = 20,
    int Min = 1,
    DateOnly? From = null,
    DateOnly? To = null,
    TrendPeriod? ByPeriod = null,
    SearchScope Scope = SearchScope.Thread,
    QuerySyntax Syntax = QuerySyntax.Default)
{
    /// <summary>Which threads <see cref="SearchScope.Dense"/> keeps.</summary>
    public DenseThreads Dense { get; init; } = new();

    /// <summary>
    /// Also count each group of copies once: a pasted comment (or a syndicated article) counts for the group of its
    /// earliest matching member only; every row then has its collapsed matches and total beside the raw ones.
    /// </summary>
    public bool Collapse { get; init; }

    /// <summary>Search every narrative transliterated (<see cref="SearchRequest.Translit"/>).</summary>
    public bool Translit { get; init; }

    /// <summary>How many matches at most are counted from stored fields (<see cref="SparseWho"/>); null for its rule. Tests set it to take either way.</summary>
    internal long? SparseLimit { get; init; }

    /// <summary>The unit counted: the one asked for, or the grouping's own.</summary>
    public TrendUnit UnitCounted => Unit ?? (By is WhoGroupBy.Source or WhoGroupBy.Author ? TrendUnit.Articles : TrendUnit.Comments);
}
