using Search.Core.Copies;

namespace Search.Cli.Output;

/// <summary>The words <c>search dupes</c> reads and prints for kinds of copies.</summary>
internal static class DupesNames
{
    /// <summary>The values of <c>--kind</c>.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["articles", "comments", "all"];

    /// <summary>A kind as <c>--kind</c> names it, or null for <c>all</c>.</summary>
    public static CopyKind? ParseKind(string word) => word switch
    {
        "articles" => CopyKind.Article,
        "comments" => CopyKind.Comment,
        _ => null,
    };

    /// <summary>A kind as a table's <c>kind</c> column names it.</summary>
    public static string Kind(CopyKind kind) => kind == CopyKind.Article ? "article" : "comment";
}
