namespace Search.Cli.Tests;

/// <summary>Commands that read the index, before any index was built: exit 3 and the advice to run <c>search index</c>.</summary>
public sealed class MissingIndexTests : IDisposable
{
    private readonly TempCorpus _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("stats")]
    [InlineData("stats --json")]
    [InlineData("show 003_7fdfd134df6d3be8")]
    [InlineData("export")]
    public void A_reading_command_without_an_index_exits_3_and_says_to_run_index(string commandLine)
    {
        var run = _workspace.Search(commandLine.Split(' '));

        CliAssert.FailedWith(3, run);
        Assert.Contains("run `search index`", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("show 003_7fdfd134df6d3be8")]
    [InlineData("export")]
    public void A_reading_command_on_an_empty_index_folder_exits_3_and_says_to_run_index(string commandLine)
    {
        Directory.CreateDirectory(_workspace.Index);

        var run = _workspace.Search(commandLine.Split(' '));

        CliAssert.FailedWith(3, run);
        Assert.Contains("run `search index`", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
