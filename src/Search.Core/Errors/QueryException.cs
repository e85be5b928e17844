namespace Search.Core.Errors;

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

    /// <summary>
    /// A piece of the query to quote in a message: control characters shown as <c>\uXXXX</c> and long text cut, so
    /// the message stays one readable line whatever was typed.
    /// </summary>
    /// <param name="text">Text from the query.</param>
    /// <returns>The text, safe to print.</returns>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const int MaxLength = 40;
        var cut = text.Length > MaxLength ? text[..MaxLength] + "..." : text;
        return string.Concat(cut.Select(c => char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029'
            ? $"\\u{(int)c:x4}"
            : c.ToString()));
    }

    /// <summary>The 1-based column of the query text the problem is at, or null.</summary>
    public int? Column { get; }

    /// <summary>The message as <c>search query</c> prints it and <c>search batch</c> reports it: <c>bad query: ...</c>.</summary>
    public string ForUser => "bad query: " + Message;
}
