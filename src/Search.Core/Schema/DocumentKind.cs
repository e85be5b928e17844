namespace Search.Core.Schema;

/// <summary>
/// The values of the schema's <c>kind</c> field: an index holds articles, before each article one document per
/// comment of its thread (so that a comment can be counted on its own), and one record per corpus file, so that all
/// land in the same commit.
/// </summary>
internal static class DocumentKind
{
    /// <summary>An article with its comments.</summary>
    public const string Article = "article";

    /// <summary>One comment, with its own text, author and date.</summary>
    public const string Comment = "comment";

    /// <summary>The record of one corpus file.</summary>
    public const string File = "file";

    /// <summary>Every kind.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string> { Article, Comment, File };
}
