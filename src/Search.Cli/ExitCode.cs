using Search.Core.Errors;

namespace Search.Cli;

/// <summary>The exit codes of every command, as README lists them.</summary>
internal static class ExitCode
{
    public const int Success = 0;

    /// <summary>Nothing found: no such article (and, for queries, no hits), like grep.</summary>
    public const int NotFound = 1;

    public const int Usage = 2;

    /// <summary>The corpus or index is missing, locked, damaged, mismatched or cannot be written.</summary>
    public const int CorpusOrIndex = 3;

    /// <summary>A bug: something failed that should not have; --verbose shows the stack trace.</summary>
    public const int Internal = 70;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    public static int For(SearchErrorKind kind) => kind switch
    {
        SearchErrorKind.ArticleNotFound => NotFound,
        _ => CorpusOrIndex,
    };
}
