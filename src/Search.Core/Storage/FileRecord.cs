namespace Search.Core.Storage;

/// <summary>
/// What the index knows of one corpus file from the last run that read it. Kept in the index itself, as one more
/// document, so that it is committed atomically with the articles it describes.
/// </summary>
/// <param name="Path">The file relative to the corpus folder.</param>
/// <param name="Size">Its size when read.</param>
/// <param name="ModifiedTicks">Its last-write time when read, UTC ticks.</param>
/// <param name="Hash">XxHash128 of its bytes, hex.</param>
/// <param name="Articles">How many articles it gave.</param>
/// <param name="Comments">How many comments those articles had.</param>
internal sealed record FileRecord(string Path, long Size, long ModifiedTicks, string Hash, int Articles, int Comments);
