namespace Search.Core.Tests.Who;

/// <summary>One unit the who oracle counts (a comment, or an article), with its group and whether it matches.</summary>
/// <param name="Key">Its group's key: the folded name, or the article id when grouped by article.</param>
/// <param name="Name">Its group's name as written on this unit (null for none).</param>
/// <param name="Article">Its article's id (itself for an article).</param>
/// <param name="Position">Its place in its thread (0 for an article).</param>
/// <param name="Id">Its id as a row shows it: <c>ARTICLE/COMMENT</c>, or the article id.</param>
/// <param name="Published">The date stored for it, as written ("" for none): ties on a day are broken by it first.</param>
/// <param name="Day">The day it is counted under, or null.</param>
/// <param name="Matches">Whether it is one of the narrative's matches.</param>
internal sealed record WhoUnit(string Key, string? Name, string Article, int Position, string Id, string Published, DateOnly? Day, bool Matches);
