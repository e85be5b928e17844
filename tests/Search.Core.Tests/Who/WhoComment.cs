using Search.Core.Tests.Trends;

namespace Search.Core.Tests.Who;

/// <summary>A comment as the who oracle reads it from its JSON line.</summary>
/// <param name="Id">Its id in the thread.</param>
/// <param name="Position">Its place in the thread, from 0: the last tie-break between matches of one time and article.</param>
/// <param name="Author">Its author as written, or null.</param>
/// <param name="Published">Its own date as written, else its article's; null when neither has one.</param>
/// <param name="Text">Its paragraphs, under its day (its article's when it has none of its own).</param>
internal sealed record WhoComment(string Id, int Position, string? Author, string? Published, DatedText Text);
