namespace Search.Core.Querying.Syntax;

/// <summary>A clause restricted to one field: <c>title:word</c>, <c>author:"Tomko Kubianca"</c>, <c>comment:(a OR b)</c>.</summary>
/// <param name="Field">The field name as typed, lower case.</param>
/// <param name="Inner">What must match in that field.</param>
/// <param name="Column">Where the field name starts.</param>
internal sealed record FieldNode(string Field, QueryNode Inner, int Column) : QueryNode(Column);
