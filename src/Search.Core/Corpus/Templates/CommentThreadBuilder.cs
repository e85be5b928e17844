namespace Search.Core.Corpus.Templates;

/// <summary>
/// Collects comments in page order and gives each its id (<c>c1</c>, <c>c2</c>, ...) and parent
/// from its nesting depth: a comment at depth d replies to the latest comment at depth d - 1.
/// </summary>
internal sealed class CommentThreadBuilder
{
    private readonly List<Comment> _comments = [];
    private readonly List<string> _latestAtDepth = [];

    /// <summary>The comments added so far.</summary>
    public IReadOnlyList<Comment> Comments => _comments;

    /// <summary>Adds the next comment of the page.</summary>
    /// <param name="depth">Its nesting depth as the page shows it; a jump of more than one level is taken as one.</param>
    /// <param name="author">Its author, or null.</param>
    /// <param name="paragraphs">Its paragraphs.</param>
    /// <param name="published">When it was posted, in ISO 8601, where the page shows it.</param>
    public void Add(int depth, string? author, IEnumerable<string> paragraphs, string? published = null)
    {
        depth = Math.Clamp(depth, 0, _latestAtDepth.Count);
        var id = $"c{_comments.Count + 1}";
        var parent = depth == 0 ? null : _latestAtDepth[depth - 1];
        var body = string.Join("\n\n", paragraphs.Select(TitleAndBody.Clean).Where(p => p.Length > 0));
        _comments.Add(new Comment(id, parent, depth, string.IsNullOrWhiteSpace(author) ? null : author.Trim(), published, body));
        if (depth == _latestAtDepth.Count)
        {
            _latestAtDepth.Add(id);
        }
        else
        {
            _latestAtDepth[depth] = id;
            _latestAtDepth.RemoveRange(depth + 1, _latestAtDepth.Count - depth - 1);
        }
    }
}
