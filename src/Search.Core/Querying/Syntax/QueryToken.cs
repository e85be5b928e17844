namespace Search.Core.Querying.Syntax;

/// <summary>One token of a query text.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">Its text: the word, the phrase without quotes, the field name, the number after <c>~</c> or <c>^</c>.</param>
/// <param name="Column">Where it starts, 1-based.</param>
internal sealed record QueryToken(QueryTokenKind Kind, string Text, int Column);
