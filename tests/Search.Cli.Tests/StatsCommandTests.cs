using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary><c>search stats</c> on the indexed default corpus.</summary>
public sealed class StatsCommandTests(IndexedCorpus indexed) : IClassFixture<IndexedCorpus>
{
    private readonly TempCorpus _workspace = indexed.Workspace;

    [Fact]
    public void Stats_json_counts_the_five_pages_and_their_eleven_comments()
    {
        var run = _workspace.Search("stats", "--json");

        CliAssert.Succeeded(run);
        using var json = JsonDocument.Parse(run.Out);
        var stats = json.RootElement;
        Assert.Equal(5, stats.GetProperty("articles").GetInt64());
        Assert.Equal(11, stats.GetProperty("comments").GetInt64());
        Assert.Equal(5, stats.GetProperty("files").GetInt64());
        // One Lucene document per article, per comment and per file record.
        Assert.Equal(5 + 11 + 5, stats.GetProperty("documents").GetInt64());
    }

    [Fact]
    public void Stats_text_shows_the_counts_and_the_folders_relative_to_the_working_directory()
    {
        var run = _workspace.Search("stats");

        CliAssert.Succeeded(run);
        Assert.Contains("articles:      5", run.OutLines);
        Assert.Contains("comments:      11", run.OutLines);
        Assert.Contains("files:         5", run.OutLines);
        Assert.Contains("index:         index", run.OutLines);
        Assert.Contains("corpus:        corpus", run.OutLines);
    }
}
