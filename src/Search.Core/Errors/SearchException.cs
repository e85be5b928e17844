namespace Search.Core.Errors;

/// <summary>
/// A failure the user can act on. <see cref="Exception.Message"/> is one or two plain lines that say what is wrong
/// and what to do; callers print it as it is, never a stack trace.
/// </summary>
public sealed class SearchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What went wrong.</param>
    /// <param name="message">What is wrong and what to do, for a person.</param>
    /// <param name="inner">The underlying exception, for <c>--verbose</c>.</param>
    public SearchException(SearchErrorKind kind, string message, Exception? inner = null)
        : base(message, inner) => Kind = kind;

    /// <summary>What went wrong.</summary>
    public SearchErrorKind Kind { get; }
}
