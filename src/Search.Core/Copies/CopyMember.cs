namespace Search.Core.Copies;

/// <summary>One member of a group of copies, as <c>search dupes</c> lists it.</summary>
/// <param name="Kind">An article or a comment.</param>
/// <param name="Id">The article's id, or the comment's id in its thread.</param>
/// <param name="Article">For a comment: its article's id; for an article: its own.</param>
/// <param name="Source">The article's site (a comment's: its article's), or null.</param>
/// <param name="Published">The article's date, or the comment's (its article's where it has none), as the page gives it; or null.</param>
/// <param name="Title">For an article: its headline; null for a comment, and when titles were not asked for.</param>
/// <param name="Author">The article's byline, or the comment's author; null when there is none.</param>
/// <param name="Similarity">The estimated share of text it has in common with the group's first member (1 for the first, and for a comment).</param>
public sealed record CopyMember(CopyKind Kind, string Id, string Article, string? Source, string? Published, string? Title, string? Author, double Similarity)
{
    /// <summary>How the member is named in listings: the article id, or <c>article/comment</c>.</summary>
    public string Key => Kind == CopyKind.Article ? Id : $"{Article}/{Id}";
}
