namespace Search.Core.Querying.Syntax;

/// <summary>Clauses that must all match (the default between clauses), with those that must not.</summary>
/// <param name="Required">Clauses that must match.</param>
/// <param name="Excluded">Clauses that must not match (<c>-word</c>, <c>NOT word</c>).</param>
/// <param name="Column">Where the group starts.</param>
internal sealed record AllNode(IReadOnlyList<QueryNode> Required, IReadOnlyList<QueryNode> Excluded, int Column) : QueryNode(Column)
{
    /// <summary>The group as query syntax: <c>(a b -c)</c>, the required clauses first, then each excluded one after <c>-</c>.</summary>
    public override string ToString() => $"({string.Join(' ', Required.Select(r => r.ToString()).Concat(Excluded.Select(e => "-" + e)))})";
}
