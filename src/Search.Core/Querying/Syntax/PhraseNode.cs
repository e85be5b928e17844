namespace Search.Core.Querying.Syntax;

/// <summary>A quoted phrase: exactly those words in that order, unstemmed, or within <see cref="Slop"/> moves.</summary>
/// <param name="Text">The text between the quotes.</param>
/// <param name="Slop">After <c>~N</c>: how far the words may stand apart; 0 for an exact phrase.</param>
/// <param name="Column">Where the opening quote is.</param>
internal sealed record PhraseNode(string Text, int Slop, int Column) : QueryNode(Column);
