using Search.Core.Schema;

namespace Search.Core.Snippets;

/// <summary>One place in an article where the query matched, with its snippet.</summary>
/// <param name="In">Title, body, or a comment.</param>
/// <param name="CommentId">For a comment: its id (<c>c2</c>).</param>
/// <param name="Author">For a comment: its author, or null when anonymous.</param>
/// <param name="Snippet">The best passage with the matched words highlighted.</param>
public sealed record HitMatch(MatchLocation In, string? CommentId, string? Author, Snippet Snippet);
