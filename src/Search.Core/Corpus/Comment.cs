namespace Search.Core.Corpus;

/// <summary>One reader comment under an article.</summary>
/// <param name="Id">Identifier within its article: <c>c1</c>, <c>c2</c>, ... in page order, unless the source gave its own.</param>
/// <param name="ParentId">The comment this one replies to, or null for a top-level comment.</param>
/// <param name="Depth">0 for a top-level comment, 1 for a reply to it, and so on.</param>
/// <param name="Author">The commenter's display name, or null where the page shows none.</param>
/// <param name="Published">When it was posted, in ISO 8601, where known.</param>
/// <param name="Body">The comment text: paragraphs separated by a blank line.</param>
public sealed record Comment(
    string Id,
    string? ParentId,
    int Depth,
    string? Author,
    string? Published,
    string Body)
{
    /// <summary>The text split into its paragraphs, blank ones dropped.</summary>
    public IEnumerable<string> Paragraphs =>
        Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
