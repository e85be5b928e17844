namespace Search.Core.Querying;

/// <summary>The words that name a <see cref="QuerySyntax"/> (<c>--syntax lucene</c>, <c>"syntax": "lucene"</c>), in one place for every input that takes one.</summary>
public static class QuerySyntaxNames
{
    /// <summary>Every syntax word, the default first.</summary>
    public static IReadOnlyList<string> All { get; } = ["default", "lucene"];

    /// <summary>The syntax a word names, or null for a word that names none.</summary>
    /// <param name="word">The word as given: lower case.</param>
    public static QuerySyntax? Parse(string? word) => word switch
    {
        "default" => QuerySyntax.Default,
        "lucene" => QuerySyntax.Lucene,
        _ => null,
    };
}
