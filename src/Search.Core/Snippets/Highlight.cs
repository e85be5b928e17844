namespace Search.Core.Snippets;

/// <summary>A highlighted stretch of a snippet's text.</summary>
/// <param name="Start">Its first character in <see cref="Snippet.Text"/>.</param>
/// <param name="Length">Its length.</param>
public readonly record struct Highlight(int Start, int Length);
