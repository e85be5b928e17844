namespace Search.Core.Schema;

/// <summary>
/// The values of the schema's <c>kind</c> field: an index holds articles and, beside them, one record per corpus file,
/// so that both land in the same commit.
/// </summary>
internal static class DocumentKind
{
    /// <summary>An article with its comments.</summary>
    public const string Article = "article";

    /// <summary>The record of one corpus file.</summary>
    public const string File = "file";
}
