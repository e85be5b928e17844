using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary>
/// <c>search export</c> writes the interchange format: indexing an export as a corpus of its own and exporting
/// again gives the same articles, line for line (ids, titles, bodies, dates, comments with authors and parents).
/// </summary>
public sealed class ExportRoundTripTests : IDisposable
{
    private readonly TempCorpus _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Export_of_the_default_corpus_indexes_back_into_the_same_articles()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var first = _workspace.Search("export");
        CliAssert.Succeeded(first);
        var lines = first.OutLines;
        Assert.Equal(5, lines.Length);
        // Not an empty or lossy export that would round-trip trivially: article 002's reply keeps its parent.
        using (var article002 = JsonDocument.Parse(lines[2]))
        {
            Assert.Equal("002_8c9b06bed0a07476", article002.RootElement.GetProperty("id").GetString());
            Assert.Equal("c1", article002.RootElement.GetProperty("comments")[1].GetProperty("parent").GetString());
        }

        var second = ExportAgain(first.Out);

        Assert.Equal(lines, second);
    }

    [Fact]
    public void Export_of_nested_threads_dates_and_urls_indexes_back_into_the_same_articles()
    {
        var corpus = _workspace.PathOf("generated");
        Directory.CreateDirectory(corpus);
        GeneratedCorpus.WriteJsonLines(Path.Combine(corpus, "generated.jsonl"), articles: 200, bodyWords: 60, seed: 7);
        CliAssert.Succeeded(_workspace.SearchWith("index", "--corpus", corpus, "--index", _workspace.Index));
        var first = _workspace.SearchWith("export", "--index", _workspace.Index);
        CliAssert.Succeeded(first);
        Assert.Equal(200, first.OutLines.Length);
        Assert.Contains(first.OutLines, line => line.Contains("\"parent\":\"c", StringComparison.Ordinal));

        var second = ExportAgain(first.Out);

        Assert.Equal(first.OutLines, second);
    }

    /// <summary>Indexes an export as the only file of a new corpus into a new index, and exports that.</summary>
    private string[] ExportAgain(string export)
    {
        var index = _workspace.PathOf("round-trip-index");
        _workspace.Write("round-trip-corpus/export.jsonl", export);
        var indexed = _workspace.SearchWith("index", "--corpus", _workspace.PathOf("round-trip-corpus"), "--index", index);
        CliAssert.Succeeded(indexed);
        var again = _workspace.SearchWith("export", "--index", index);
        CliAssert.Succeeded(again);
        return again.OutLines;
    }
}
