using Search.Core.Batch;
using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Trends;

/// <summary>What a trend counts: narratives (queries), by which period, which units, over which dates.</summary>
/// <param name="Narratives">The queries, one per narrative, as a batch file gives them (each may set its own <c>in</c> and syntax).</param>
/// <param name="Period">How long a period is.</param>
/// <param name="Units">What is counted; empty for the default: articles and comments (articles only where comments are out of scope).</param>
/// <param name="From">The first day counted, or null for the first dated article or comment of the index.</param>
/// <param name="To">The last day counted, or null for the last dated article or comment of the index.</param>
/// <param name="Scope">Where unqualified words are searched, for narratives that do not set their own.</param>
/// <param name="Syntax">The query syntax, for narratives that do not set their own.</param>
public sealed record TrendRequest(
    IReadOnlyList<BatchQuery> Narratives,
    TrendPeriod Period = TrendPeriod.Month,
    IReadOnlyList<TrendUnit>? Units = null,
    DateOnly? From = null,
    DateOnly? To = null,
    SearchScope Scope = SearchScope.Thread,
    QuerySyntax Syntax = QuerySyntax.Default)
{
    /// <summary>Which threads <see cref="SearchScope.Dense"/> keeps.</summary>
    public DenseThreads Dense { get; init; } = new();

    /// <summary>
    /// Also count each group of copies once (articles by article groups, comments by comment groups, occurrences in
    /// the members left): every row then has its collapsed count and total beside the raw ones.
    /// </summary>
    public bool Collapse { get; init; }

    /// <summary>Search every narrative transliterated (<see cref="SearchRequest.Translit"/>).</summary>
    public bool Translit { get; init; }

    /// <summary>The units counted: those asked for, or the default for the scope.</summary>
    public IReadOnlyList<TrendUnit> UnitsCounted =>
        Units is { Count: > 0 } ? [.. Units.Distinct()]
        : Scope == SearchScope.Body ? [TrendUnit.Articles]
        : [TrendUnit.Articles, TrendUnit.Comments];
}
