using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary>
/// <c>search export</c> writes the interchange format: an interchange file indexed and exported comes back field for
/// field, and indexing an export as a corpus of its own and exporting again gives the same articles, line for line.
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
    public void Export_of_an_interchange_file_gives_back_every_field_of_its_articles_and_comments()
    {
        var input = _workspace.PathOf("generated", "generated.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        GeneratedCorpus.WriteJsonLines(input, articles: 200, bodyWords: 60, seed: 7);
        var inputLines = File.ReadAllLines(input);
        // An input that leaves a field empty everywhere cannot show that field lost.
        Assert.Empty(InterchangeFields.WithoutValues(inputLines));
        CliAssert.Succeeded(_workspace.SearchWith("index", "--corpus", Path.GetDirectoryName(input)!, "--index", _workspace.Index));

        var export = _workspace.SearchWith("export", "--index", _workspace.Index);

        CliAssert.Succeeded(export);
        // Compared with the input, not with a second export: a field the reader or the writer drops is lost on both
        // sides of a re-export and would compare equal.
        Assert.Equal(InterchangeFields.Of(inputLines), InterchangeFields.Of(export.OutLines));
        Assert.Equal(export.OutLines, ExportAgain(export.Out));
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
