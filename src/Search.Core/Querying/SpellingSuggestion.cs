namespace Search.Core.Querying;

/// <summary>A query word the index does not hold, and the closest word it does.</summary>
/// <param name="Word">The word as typed.</param>
/// <param name="Suggestion">The index's word.</param>
public sealed record SpellingSuggestion(string Word, string Suggestion);
