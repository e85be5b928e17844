namespace Search.Core.Querying.Syntax;

/// <summary>A bare word: stemmed, unless it is a prefix (<c>multipol*</c>) or fuzzy (<c>multipolr~</c>).</summary>
/// <param name="Text">The word as typed, without <c>*</c>.</param>
/// <param name="Prefix">Ends in <c>*</c>: any word starting with <see cref="Text"/>.</param>
/// <param name="FuzzyEdits">After <c>~</c>: words within this many edits; null when not fuzzy.</param>
/// <param name="Column">Where it starts.</param>
internal sealed record WordNode(string Text, bool Prefix, int? FuzzyEdits, int Column) : QueryNode(Column);
