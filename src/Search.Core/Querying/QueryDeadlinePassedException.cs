namespace Search.Core.Querying;

/// <summary>Thrown out of a Lucene search by <see cref="DeadlineCollector"/> when the query's time is up.</summary>
internal sealed class QueryDeadlinePassedException : Exception
{
}
