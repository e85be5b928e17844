namespace Search.Core.Storage;

/// <summary>The corpus and index folders a command works on, after defaults are applied.</summary>
/// <param name="Corpus">The corpus folder.</param>
/// <param name="Index">The index folder.</param>
public sealed record IndexLocation(string Corpus, string Index)
{
    /// <summary>The corpus folder used when none is given: <c>corpus</c> in the current folder.</summary>
    public const string DefaultCorpus = "corpus";

    /// <summary>Applies the defaults: the corpus is <c>./corpus</c>, the index is <c>.search-index</c> beside the corpus.</summary>
    /// <param name="corpus">The corpus folder given, or null.</param>
    /// <param name="index">The index folder given, or null.</param>
    /// <returns>Both folders.</returns>
    public static IndexLocation Resolve(string? corpus, string? index)
    {
        var corpusPath = string.IsNullOrWhiteSpace(corpus) ? DefaultCorpus : corpus;
        var indexPath = string.IsNullOrWhiteSpace(index) ? IndexDirectory.DefaultFor(corpusPath) : index;
        return new IndexLocation(corpusPath, indexPath);
    }
}
