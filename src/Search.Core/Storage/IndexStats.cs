namespace Search.Core.Storage;

/// <summary>What an index holds.</summary>
/// <param name="Articles">Articles.</param>
/// <param name="Comments">Comments across all articles.</param>
/// <param name="Files">Corpus files recorded.</param>
/// <param name="Documents">Lucene documents (articles, comments, and one record per file).</param>
/// <param name="SizeBytes">Size of the index folder on disk.</param>
/// <param name="Metadata">Schema, corpus and time of the last commit.</param>
/// <param name="IndexPath">The index folder.</param>
public sealed record IndexStats(
    long Articles,
    long Comments,
    long Files,
    long Documents,
    long SizeBytes,
    IndexMetadata Metadata,
    string IndexPath);
