namespace Search.Cli.Tests;

/// <summary>A command line that cannot be run: exit 2, what is wrong, and where to look, on standard error.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly TempCorpus _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("frob", "an unknown command", "'frob'")]
    [InlineData("stats --frob", "an unknown option", "'--frob'")]
    [InlineData("show", "show without an ID", "ID")]
    [InlineData("index --threads -1", "a negative thread count", "--threads")]
    [InlineData("", "no command at all", "command")]
    public void A_usage_error_exits_2_with_the_problem_and_a_pointer_to_help(string commandLine, string what, string named)
    {
        var run = _workspace.SearchWith(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        CliAssert.FailedWith(2, run);
        Assert.True(run.ErrorLines.Length == 2, $"{what}: expected the problem and the pointer to help\n{run}");
        Assert.Contains(named, run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(CliAssert.HelpPointer, run.ErrorLines[1]);
        Assert.False(Directory.Exists(_workspace.Index), "a usage error must not touch the index");
    }
}
