namespace Search.Core.Schema;

/// <summary>
/// The words that name a <see cref="SearchScope"/> (<c>--scope dense</c>, <c>--in comments</c>, <c>"in": "body"</c>),
/// in one place for every input that takes one.
/// </summary>
public static class SearchScopeNames
{
    /// <summary>Every scope word, the default first.</summary>
    public static IReadOnlyList<string> All { get; } = ["thread", "body", "comments", "dense"];

    /// <summary>The older words <c>--in</c> took, still read: <c>all</c> is <c>thread</c>, <c>articles</c> is <c>body</c>.</summary>
    public static IReadOnlyList<string> Aliases { get; } = ["all", "articles"];

    /// <summary>The word for a scope.</summary>
    public static string Name(SearchScope scope) => All[(int)scope];

    /// <summary>The scope a word names, or null for a word that names none.</summary>
    /// <param name="word">The word as given: lower case.</param>
    public static SearchScope? Parse(string? word) => word switch
    {
        "thread" or "all" => SearchScope.Thread,
        "body" or "articles" => SearchScope.Body,
        "comments" => SearchScope.Comments,
        "dense" => SearchScope.Dense,
        _ => null,
    };
}
