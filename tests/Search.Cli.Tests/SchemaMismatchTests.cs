namespace Search.Cli.Tests;

/// <summary>
/// An index built by a version of search with another schema (its last commit names another schema hash):
/// every command refuses it with exit 3 and the advice to rebuild, and <c>index --rebuild</c> replaces it.
/// </summary>
public sealed class SchemaMismatchTests : IDisposable
{
    private const string OtherHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private readonly TempCorpus _workspace = new();

    public SchemaMismatchTests()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        _workspace.Write("queries.txt", "multipolar\n");
        var current = IndexCommitData.Read(_workspace.Index)[IndexCommitData.SchemaHashKey];
        Assert.NotEqual(OtherHash, current);
        IndexCommitData.Set(_workspace.Index, IndexCommitData.SchemaHashKey, OtherHash);
        Assert.Equal(OtherHash, IndexCommitData.Read(_workspace.Index)[IndexCommitData.SchemaHashKey]);
    }

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("show 003_7fdfd134df6d3be8")]
    [InlineData("stats")]
    [InlineData("stats --json")]
    [InlineData("export")]
    [InlineData("index")]
    [InlineData("query multipolar")]
    [InlineData("batch queries.txt")]
    public void Every_command_on_an_index_of_another_schema_exits_3_and_says_to_rebuild(string commandLine)
    {
        var run = _workspace.Search(commandLine.Split(' '));

        CliAssert.FailedWith(3, run);
        Assert.Matches($@"was built with schema \S+ v\d+ \({OtherHash[..12]}\)", run.Error);
        Assert.Contains("search index --rebuild", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_rebuild_replaces_an_index_of_another_schema()
    {
        var rebuild = _workspace.Search("index", "--rebuild");

        CliAssert.Succeeded(rebuild);
        Assert.StartsWith("indexed: 5 added, 0 updated, 0 removed, 0 unchanged; 5 articles, 11 comments;", rebuild.Out, StringComparison.Ordinal);
        Assert.NotEqual(OtherHash, IndexCommitData.Read(_workspace.Index)[IndexCommitData.SchemaHashKey]);
        var stats = _workspace.Search("stats");
        CliAssert.Succeeded(stats);
        Assert.Contains("articles:      5", stats.OutLines);
        CliAssert.Succeeded(_workspace.Search("show", "003_7fdfd134df6d3be8"));
    }
}
