namespace Search.Core.Corpus;

/// <summary>What one corpus file gave: its articles, and warnings about whatever could not be read cleanly.</summary>
/// <param name="Articles">The articles read, in file order.</param>
/// <param name="Warnings">Problems met; a file can have both articles and warnings.</param>
public sealed record FileReadResult(IReadOnlyList<Article> Articles, IReadOnlyList<CorpusWarning> Warnings);
