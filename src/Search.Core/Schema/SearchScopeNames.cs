namespace Search.Core.Schema;

/// <summary>The words that name a <see cref="SearchScope"/> (<c>--in comments</c>, <c>"in": "comments"</c>), in one place for every input that takes one.</summary>
public static class SearchScopeNames
{
    /// <summary>Every scope word, the default first.</summary>
    public static IReadOnlyList<string> All { get; } = ["all", "articles", "comments"];

    /// <summary>The scope a word names, or null for a word that names none.</summary>
    /// <param name="word">The word as given: lower case.</param>
    public static SearchScope? Parse(string? word) => word switch
    {
        "all" => SearchScope.All,
        "articles" => SearchScope.Articles,
        "comments" => SearchScope.Comments,
        _ => null,
    };
}
