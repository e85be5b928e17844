namespace Search.Core.Schema;

/// <summary>The values a schema field can be filled from (its <c>from</c>).</summary>
internal static class SchemaSources
{
    /// <summary>Every known source; a schema naming another is refused.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>
    {
        "record.kind",
        "article.id", "article.path", "article.title", "article.body", "article.source", "article.author", "article.url", "article.published", "article.comments",
        "comment.id", "comment.body", "comment.author", "comment.published",
        "file.path", "file.size", "file.modified", "file.hash", "file.articles", "file.comments",
    };

    /// <summary>The analyzers a schema field can name.</summary>
    public static IReadOnlySet<string> Analyzers { get; } = new HashSet<string> { "stemmed", "exact", "translit", "name", "keyword", "identity", "day", "minhash", "fingerprint", "column", "none" };

    /// <summary>The languages a schema can declare: those the analysis of this build knows.</summary>
    public static IReadOnlySet<string> Languages { get; } = new HashSet<string> { "english", "russian" };
}
