namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>A set of queries and the total the Java reference gives each, by query id.</summary>
internal sealed record ParityQuerySet(string Name, IReadOnlyList<ParityQuery> Queries, IReadOnlyDictionary<string, long> ReferenceTotals);
