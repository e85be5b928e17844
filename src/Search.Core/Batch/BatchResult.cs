using Search.Core.Querying;

namespace Search.Core.Batch;

/// <summary>The answer to one query of a batch: its results, or the error that stopped it.</summary>
/// <param name="Query">The query.</param>
/// <param name="Results">The results, or null when the query failed.</param>
/// <param name="Error">The same message <c>search query</c> would print, or null.</param>
public sealed record BatchResult(BatchQuery Query, SearchResults? Results, string? Error);
