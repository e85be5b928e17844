namespace Search.Core.Who;

/// <summary>The words for <see cref="WhoGroupBy"/> (<c>--by commenter</c>) and the names of groups without one, in one place.</summary>
public static class WhoNames
{
    /// <summary>Every <c>--by</c> word, the default first.</summary>
    public static IReadOnlyList<string> GroupBys { get; } = ["commenter", "source", "author", "article"];

    /// <summary>The grouping a word names, or null.</summary>
    public static WhoGroupBy? ParseGroupBy(string? word) => word switch
    {
        "commenter" => WhoGroupBy.Commenter,
        "source" => WhoGroupBy.Source,
        "author" => WhoGroupBy.Author,
        "article" => WhoGroupBy.Article,
        _ => null,
    };

    /// <summary>The word for a grouping.</summary>
    public static string Name(WhoGroupBy by) => GroupBys[(int)by];

    /// <summary>
    /// What a group without a name is shown as: comments without an author are one group, <c>(anonymous)</c>, never
    /// merged into a person; articles without a site or byline likewise.
    /// </summary>
    public static string Unnamed(WhoGroupBy by) => by switch
    {
        WhoGroupBy.Commenter => "(anonymous)",
        WhoGroupBy.Source => "(no source)",
        WhoGroupBy.Author => "(no byline)",
        _ => "(none)",
    };
}
