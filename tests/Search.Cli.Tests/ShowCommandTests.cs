using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary><c>search show ID</c> on the indexed default corpus: the article as text or JSON, and what happens with unknown or partial ids.</summary>
public sealed class ShowCommandTests(IndexedCorpus indexed) : IClassFixture<IndexedCorpus>
{
    private readonly TempCorpus _workspace = indexed.Workspace;

    [Fact]
    public void Show_prints_the_article_with_its_thread()
    {
        var run = _workspace.Search("show", "003_7fdfd134df6d3be8");

        CliAssert.Succeeded(run);
        Golden.AssertMatches("show-003", run.Out);
        // What the golden file must say, spelled out so a wrong golden cannot be accepted by accident.
        var lines = run.OutLines;
        Assert.Equal("Russia changes foreign policy orientation", lines[0]);
        Assert.Contains("id:        003_7fdfd134df6d3be8", lines);
        Assert.Contains("source:    SouthFront", lines);
        Assert.Contains("file:      corpus/003_7fdfd134df6d3be8.txt", lines);
        Assert.Contains("5 comments", lines);
        Assert.Equal(
            ["[c1] Tomko Kubianca", "[c2] Robert McMaster", "[c3] Tomko Kubianca", "[c4] anonymous", "[c5] anonymous"],
            lines.Where(l => l.StartsWith("[c", StringComparison.Ordinal)));
    }

    [Fact]
    public void Show_json_prints_the_article_in_the_interchange_format()
    {
        var run = _workspace.Search("show", "002_8c9b06bed0a07476", "--json");

        CliAssert.Succeeded(run);
        using var json = JsonDocument.Parse(run.Out);
        var article = json.RootElement;
        Assert.Equal("002_8c9b06bed0a07476", article.GetProperty("id").GetString());
        Assert.Equal("RT", article.GetProperty("source").GetString());
        var comments = article.GetProperty("comments");
        Assert.Equal(2, comments.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, comments[0].GetProperty("parent").ValueKind);
        Assert.Equal("c2", comments[1].GetProperty("id").GetString());
        Assert.Equal("c1", comments[1].GetProperty("parent").GetString());
    }

    [Fact]
    public void Show_of_an_unknown_id_exits_1_with_one_error_line()
    {
        var run = _workspace.Search("show", "999_does_not_exist");

        CliAssert.FailedWith(1, run);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("999_does_not_exist", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_ambiguous_prefix_exits_1_and_lists_the_candidates()
    {
        var run = _workspace.Search("show", "00");

        CliAssert.FailedWith(1, run);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("ambiguous", line, StringComparison.Ordinal);
        foreach (var id in new[] { "000_2bf88532322e37d8", "001_00ead3c6dcb612e8", "002_8c9b06bed0a07476", "003_7fdfd134df6d3be8", "004_cf40159e0b81012a" })
        {
            Assert.Contains(id, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Show_of_a_unique_prefix_shows_that_article()
    {
        var byPrefix = _workspace.Search("show", "004");
        var byId = _workspace.Search("show", "004_cf40159e0b81012a");

        CliAssert.Succeeded(byPrefix);
        Assert.Contains("id:        004_cf40159e0b81012a", byPrefix.OutLines);
        Assert.Equal(byId.Out, byPrefix.Out);
    }
}
