namespace Search.Core.Querying;

/// <summary>
/// A query that cannot be run: malformed, naming an unknown field, or too broad. The message is one plain line that
/// says what is wrong and where (the 1-based column of the query text), ready to print as it is.
/// </summary>
public sealed class QueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for a person.</param>
    /// <param name="column">Where in the query (1-based), or null when it concerns the whole query.</param>
    public QueryException(string message, int? column = null)
        : base(column is { } c ? $"{message} (column {c})" : message) => Column = column;

    /// <summary>The 1-based column of the query text the problem is at, or null.</summary>
    public int? Column { get; }

    /// <summary>The message as <c>search query</c> prints it and <c>search batch</c> reports it: <c>bad query: ...</c>.</summary>
    public string ForUser => "bad query: " + Message;
}
