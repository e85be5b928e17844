using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Tests.Querying;

/// <summary>corpus/ indexed once for a test class, searched through the public engine.</summary>
public sealed class DefaultCorpusIndex : IDisposable
{
    private readonly TempFolder _dir = new();

    public DefaultCorpusIndex()
    {
        CorpusIndexer.Run(new IndexRequest(RepositoryPaths.DefaultCorpus, _dir["index"]));
        Engine = SearchEngine.Open(_dir["index"]);
    }

    public SearchEngine Engine { get; }

    public SearchResults Search(string query, SearchScope scope = SearchScope.Thread, int limit = 10, int offset = 0) =>
        Engine.Search(new SearchRequest(query, Limit: limit, Offset: offset, Scope: scope));

    /// <summary>Runs an exact-phrase query (the phrase is put in quotes) for the first ten hits.</summary>
    /// <param name="phrase">The phrase, unquoted.</param>
    /// <param name="snippets">Whether to find matches and snippets; without them only the hits themselves are computed.</param>
    public SearchResults SearchPhrase(string phrase, bool snippets = true) =>
        Engine.Search(new SearchRequest("\"" + phrase + "\"", Limit: 10, Snippets: snippets));

    /// <summary>The ids of the matching articles, in id order; the three-digit prefix is enough to tell them apart.</summary>
    public IEnumerable<string> Ids(string query, SearchScope scope = SearchScope.Thread) =>
        Search(query, scope).Hits.Select(h => h.Id[..3]).Order(StringComparer.Ordinal);

    public void Dispose()
    {
        Engine.Dispose();
        _dir.Dispose();
    }
}
