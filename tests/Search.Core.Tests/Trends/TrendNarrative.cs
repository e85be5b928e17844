using Search.Core.Batch;

namespace Search.Core.Tests.Trends;

/// <summary>A narrative of the tests: its id, its query as a user types it, and what that query means, for the oracle.</summary>
/// <param name="Id">Its id in the trend's rows.</param>
/// <param name="Query">The query text.</param>
/// <param name="Meaning">The same query as an expression the oracle evaluates.</param>
internal sealed record TrendNarrative(string Id, string Query, OracleQuery Meaning)
{
    /// <summary>The narrative as a trend request takes it (a line of a narratives file).</summary>
    public BatchQuery ToBatchQuery(int line = 1) => new(Id, Query, line);
}
