namespace Search.Core.Querying.Syntax;

/// <summary>Alternatives, at least one of which must match: <c>a OR b</c>.</summary>
/// <param name="Alternatives">The alternatives.</param>
/// <param name="Column">Where the first starts.</param>
internal sealed record AnyNode(IReadOnlyList<QueryNode> Alternatives, int Column) : QueryNode(Column)
{
    /// <summary>The alternatives as query syntax: <c>(a OR b)</c>.</summary>
    public override string ToString() => $"({string.Join(" OR ", Alternatives)})";
}
