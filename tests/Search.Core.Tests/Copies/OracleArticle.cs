namespace Search.Core.Tests.Copies;

/// <summary>A generated article: its group of copies is the id of the article it copies (its own for an original).</summary>
internal sealed record OracleArticle(string Id, string Group, string Title, string Source, DateOnly Day, List<string> Paragraphs, List<OracleComment> Comments)
{
    /// <summary>Whether its title or body has the word (thread scope adds the comments).</summary>
    public bool OwnTextHas(string word) => Words(Title).Contains(word) || Paragraphs.Any(p => Words(p).Contains(word));

    public static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split([' ', '.', '!', '|'], StringSplitOptions.RemoveEmptyEntries)];
}
