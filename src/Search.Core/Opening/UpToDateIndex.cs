using Search.Core.Errors;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Storage;

namespace Search.Core.Opening;

/// <summary>
/// Opens an index for searching after making sure it reflects its corpus: a missing index is built first, and one
/// whose corpus changed since (files added, removed, resized or touched) is brought up to date incrementally.
/// </summary>
public static class UpToDateIndex
{
    /// <summary>Prepares and opens the index.</summary>
    /// <param name="corpusOption">The corpus folder given, or null for the default (or, with an index given, the index's own corpus).</param>
    /// <param name="indexOption">The index folder given, or null for the default.</param>
    /// <param name="runIndexer">Runs an indexing pass (the caller shows progress); called only when needed.</param>
    /// <param name="note">Receives a one-line note for the user whenever the index is built or updated first.</param>
    /// <param name="checkForChanges">False to search an existing index as it is, without looking at its corpus
    /// (the check stats every file: about 0.2 s for 100,000 page files); a missing index is still built.</param>
    /// <returns>The engine over the up-to-date index; dispose it when done.</returns>
    /// <exception cref="SearchException">Neither an index nor a corpus to build one from, or the index is damaged or mismatched.</exception>
    public static SearchEngine Open(string? corpusOption, string? indexOption, Func<IndexRequest, IndexSummary> runIndexer, Action<string> note,
        bool checkForChanges = true)
    {
        ArgumentNullException.ThrowIfNull(runIndexer);
        ArgumentNullException.ThrowIfNull(note);
        var location = IndexLocation.Resolve(corpusOption, indexOption);
        SearchEngine engine;
        try
        {
            engine = SearchEngine.Open(location.Index);
        }
        catch (SearchException e) when (e.Kind == SearchErrorKind.IndexMissing)
        {
            if (!Directory.Exists(location.Corpus))
            {
                throw new SearchException(SearchErrorKind.IndexMissing,
                    $"no index at {location.Index} and no corpus folder at {location.Corpus} to build one from; give --corpus DIR");
            }
            note($"no index yet: indexing {location.Corpus} first");
            runIndexer(new IndexRequest(location.Corpus, location.Index));
            return SearchEngine.Open(location.Index);
        }

        if (!checkForChanges)
        {
            return engine;
        }
        // With only --index given, the index's own corpus is the one to compare against.
        var corpus = corpusOption ?? (indexOption is not null ? engine.Metadata.Corpus : location.Corpus);
        if (!Directory.Exists(corpus))
        {
            if (corpusOption is not null)
            {
                engine.Dispose();
                throw new SearchException(SearchErrorKind.CorpusMissing, $"corpus folder {corpus} not found");
            }
            return engine;
        }
        if (IsCurrent(corpus, engine))
        {
            return engine;
        }
        engine.Dispose();
        note($"the corpus in {corpus} changed since it was indexed: updating the index first");
        try
        {
            runIndexer(new IndexRequest(corpus, location.Index));
        }
        catch (SearchException e) when (e.Kind == SearchErrorKind.IndexLocked)
        {
            note("the index is being updated by another process; searching its last commit");
        }
        catch (SearchException e) when (e.Kind == SearchErrorKind.IndexWriteFailed)
        {
            // A read-only index (or a full disk) still answers queries from what it holds.
            note($"{e.Message.Split('\n')[0]}; searching the index as it is");
        }
        return SearchEngine.Open(location.Index);
    }

    private static bool IsCurrent(string corpus, SearchEngine engine) => CorpusIndexer.IsCurrent(corpus, engine.Metadata);
}
