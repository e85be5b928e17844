namespace Search.Core.Indexing;

/// <summary>A file of the corpus as the scanner found it.</summary>
/// <param name="RelativePath">Its path relative to the corpus folder, with <c>/</c> separators.</param>
/// <param name="FullPath">Where it is.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="ModifiedTicks">Its last-write time, UTC ticks.</param>
internal sealed record CorpusFile(string RelativePath, string FullPath, long Size, long ModifiedTicks);
