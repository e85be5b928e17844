using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>The repository's five corpus pages indexed once into a temp folder, with an engine open on them.</summary>
public sealed class DefaultCorpusIndexFixture : IDisposable
{
    private readonly TempFolder _dir = new();

    public DefaultCorpusIndexFixture()
    {
        CorpusIndexer.Run(new IndexRequest(RepositoryPaths.DefaultCorpus, _dir["index"]));
        Engine = SearchEngine.Open(_dir["index"]);
    }

    public SearchEngine Engine { get; }

    /// <summary>Runs an exact-phrase query (the phrase is put in quotes) for the first ten hits.</summary>
    /// <param name="phrase">The phrase, unquoted.</param>
    /// <param name="snippets">Whether to find matches and snippets; without them only the hits themselves are computed.</param>
    public SearchResults SearchPhrase(string phrase, bool snippets = true) =>
        Engine.Search(new SearchRequest("\"" + phrase + "\"", Limit: 10, Snippets: snippets));

    public void Dispose()
    {
        Engine.Dispose();
        _dir.Dispose();
    }
}
