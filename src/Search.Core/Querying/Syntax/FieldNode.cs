namespace Search.Core.Querying.Syntax;

/// <summary>A clause restricted to one field: <c>title:word</c>, <c>author:"Tomko Kubianca"</c>, <c>comment:(a OR b)</c>.</summary>
/// <param name="Field">The field name as typed, lower case.</param>
/// <param name="Inner">What must match in that field.</param>
/// <param name="Column">Where the field name starts.</param>
internal sealed record FieldNode(string Field, QueryNode Inner, int Column) : QueryNode(Column)
{
    /// <summary>The clause as query syntax: <c>field:inner</c>, the inner clause in parentheses when it is itself a field or weighted clause.</summary>
    public override string ToString() => Inner is FieldNode or BoostNode ? $"{Field}:({Inner})" : $"{Field}:{Inner}";
}
