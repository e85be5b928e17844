using Search.Core.Corpus;

namespace Search.Core.Indexing;

/// <summary>What reading one whole-file page gave.</summary>
/// <param name="Articles">Its articles, in file order.</param>
/// <param name="Warnings">Its warnings.</param>
/// <param name="Failure">Why it could not be read, or null.</param>
internal sealed record PageRead(IReadOnlyList<Article> Articles, IReadOnlyList<CorpusWarning> Warnings, Exception? Failure);
