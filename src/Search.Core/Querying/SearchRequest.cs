using Search.Core.Schema;

namespace Search.Core.Querying;

/// <summary>A query and how to answer it.</summary>
/// <param name="Query">The query text, in <paramref name="Syntax"/>.</param>
/// <param name="Limit">How many hits to return; 0 for the total only.</param>
/// <param name="Offset">How many of the best hits to skip (for the next page).</param>
/// <param name="Scope">Where unqualified words are searched.</param>
/// <param name="Snippets">Whether to find matches and snippets for each hit.</param>
/// <param name="MaxCommentMatches">How many matching comments to list per hit; the rest are counted.</param>
/// <param name="Explain">Whether to say why each hit scored what it did.</param>
/// <param name="Syntax">The syntax the query is written in.</param>
/// <param name="Dense">Which threads <see cref="SearchScope.Dense"/> keeps; the defaults when null.</param>
public sealed record SearchRequest(
    string Query,
    int Limit = 10,
    int Offset = 0,
    SearchScope Scope = SearchScope.Thread,
    bool Snippets = true,
    int MaxCommentMatches = 3,
    bool Explain = false,
    QuerySyntax Syntax = QuerySyntax.Default,
    DenseThreads? Dense = null)
{
    /// <summary>Which threads <see cref="SearchScope.Dense"/> keeps.</summary>
    public DenseThreads Dense { get; init; } = Dense ?? new DenseThreads();

    /// <summary>
    /// Count each group of copies once: of a group's matching members only the earliest is a hit, standing for the
    /// others (<see cref="SearchHit.Copies"/>), and the results give both totals.
    /// </summary>
    public bool Collapse { get; init; }

    /// <summary>
    /// Search every word and phrase transliterated, as a <c>translit:</c> clause does: also in the other script and
    /// in the other common romanisations (<c>Russkiy Mir</c> finds <c>Русский мир</c> and <c>Russkii Mir</c>).
    /// </summary>
    public bool Translit { get; init; }
}
