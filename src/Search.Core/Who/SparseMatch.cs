namespace Search.Core.Who;

/// <summary>One matching comment as its stored fields give it, for <see cref="SparseWho"/>.</summary>
/// <param name="Doc">Its document number in the whole index.</param>
/// <param name="Author">Its author as the page shows the name, or null.</param>
/// <param name="Published">Its date as stored (its own, else its article's), or empty.</param>
/// <param name="Day">The day number of that date, or null when undated.</param>
/// <param name="Id">Its id, <c>ARTICLE/COMMENT</c>.</param>
/// <param name="Article">Its article's id.</param>
/// <param name="Thread">What tells its thread from every other: the corpus file and the article id.</param>
internal sealed record SparseMatch(int Doc, string? Author, string Published, int? Day, string Id, string Article, string Thread);
