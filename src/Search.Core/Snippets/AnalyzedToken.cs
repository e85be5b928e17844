namespace Search.Core.Snippets;

/// <summary>A token of a stored text, as an analyzer made it, with where it stands.</summary>
/// <param name="Term">The indexed form.</param>
/// <param name="Position">Its position in the token stream.</param>
/// <param name="Start">Its first character in the text.</param>
/// <param name="End">One past its last character.</param>
internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);
