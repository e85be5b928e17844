using System.Globalization;
using Search.Core.Corpus;

namespace Search.Core.Indexing;

/// <summary>What an indexing run did.</summary>
/// <param name="Added">Files indexed for the first time.</param>
/// <param name="Updated">Files whose content changed and were indexed again.</param>
/// <param name="Removed">Files gone from the corpus, whose articles were removed.</param>
/// <param name="Unchanged">Files skipped because their content is what the index already holds.</param>
/// <param name="Articles">Articles indexed by this run.</param>
/// <param name="Comments">Comments of those articles.</param>
/// <param name="Warnings">Everything skipped or guessed, in corpus order.</param>
/// <param name="Elapsed">How long the run took.</param>
public sealed record IndexSummary(
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    long Articles,
    long Comments,
    IReadOnlyList<CorpusWarning> Warnings,
    TimeSpan Elapsed)
{
    /// <summary>The one-line summary that <c>search index</c> ends with.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"indexed: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged; " +
        $"{Articles} articles, {Comments} comments; {Warnings.Count} warning{(Warnings.Count == 1 ? "" : "s")}; " +
        $"{Elapsed.TotalSeconds:0.00} s");
}
