namespace Search.Core.Querying.Syntax;

/// <summary>A clause with a weight: <c>word^2</c>.</summary>
/// <param name="Inner">The clause.</param>
/// <param name="Boost">Its weight.</param>
/// <param name="Column">Where the clause starts.</param>
internal sealed record BoostNode(QueryNode Inner, float Boost, int Column) : QueryNode(Column);
