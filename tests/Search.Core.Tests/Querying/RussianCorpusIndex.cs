using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>Fixtures/Russian/russian.jsonl indexed once for a test class, searched through the public engine.</summary>
public sealed class RussianCorpusIndex : IDisposable
{
    private readonly TempFolder _dir = new();

    public RussianCorpusIndex()
    {
        Directory.CreateDirectory(_dir["corpus"]);
        File.Copy(RepositoryPaths.Fixture("Russian", "russian.jsonl"), Path.Combine(_dir["corpus"], "russian.jsonl"));
        CorpusIndexer.Run(new IndexRequest(_dir["corpus"], _dir["index"]));
        Engine = SearchEngine.Open(_dir["index"]);
    }

    public SearchEngine Engine { get; }

    public void Dispose()
    {
        Engine.Dispose();
        _dir.Dispose();
    }
}
