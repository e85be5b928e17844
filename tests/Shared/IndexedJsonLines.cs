using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Tests.Shared;

/// <summary>
/// A corpus of JSON Lines files written by the test (<c>corpus/</c>) and its index (<c>index/</c>) in a temporary
/// folder of their own: written, indexed with <see cref="CorpusIndexer"/> and opened as the library's callers open it.
/// Deleted on dispose; what <see cref="OpenArticles"/> and <see cref="OpenEngine"/> return is the caller's to dispose.
/// </summary>
internal sealed class IndexedJsonLines : IDisposable
{
    /// <summary>The temporary folder, for what a test keeps beside the corpus and the index.</summary>
    public TempFolder Folder { get; } = new();

    public string Corpus => Folder["corpus"];

    public string Index => Folder["index"];

    /// <summary>Writes (or replaces) <c>corpus/FILE</c>, one article object a line; returns its full path.</summary>
    /// <param name="file">The file's path inside the corpus, e.g. <c>a.jsonl</c>.</param>
    /// <param name="lines">The lines, each written with a line feed after it.</param>
    public string Write(string file, params IEnumerable<string> lines) =>
        Folder.Write(Path.Combine("corpus", file), string.Concat(lines.Select(line => line + "\n")));

    /// <summary>Indexes the corpus into the index, as <c>search index</c> (with <c>--rebuild</c>) does.</summary>
    public IndexSummary RunIndexer(bool rebuild = false) => CorpusIndexer.Run(new IndexRequest(Corpus, Index, rebuild));

    /// <summary>Opens the index's stored articles and statistics.</summary>
    public ArticleIndex OpenArticles() => ArticleIndex.Open(Index, IndexSchema.Current);

    /// <summary>Opens the index for searching, through the public engine.</summary>
    public SearchEngine OpenEngine() => SearchEngine.Open(Index);

    public void Dispose() => Folder.Dispose();
}
