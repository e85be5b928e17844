namespace Search.Core.Schema;

/// <summary>A field as a query names it (<c>title:</c>), and the index fields behind it.</summary>
/// <param name="Name">The name in the query syntax.</param>
/// <param name="Stemmed">The index field bare words go to.</param>
/// <param name="Exact">The index field phrases, prefixes and fuzzy words go to (the same field where there is no exact twin).</param>
/// <param name="Boost">Its weight in ranking.</param>
/// <param name="IsKeyword">Whole values (id, date): no analysis, ranges allowed.</param>
/// <param name="Location">The part of an article it searches, for matches and snippets; null for metadata.</param>
/// <param name="Translit">The index field of its Cyrillic words' transliteration keys, or null where it has none.</param>
internal sealed record SearchField(string Name, string Stemmed, string Exact, float Boost, bool IsKeyword, MatchLocation? Location, string? Translit = null);
