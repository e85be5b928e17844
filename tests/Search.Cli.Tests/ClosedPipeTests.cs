using System.Text;

namespace Search.Cli.Tests;

/// <summary>
/// <c>search query ... | head -1</c>: a reader that closes the pipe early is the reader's choice, not a failure. The
/// command stops, exits 0 and says nothing, as grep and ripgrep do.
/// </summary>
public sealed class ClosedPipeTests : IDisposable
{
    private const int Articles = 2_000;

    private readonly TempCorpus _workspace = new(copyDefaultCorpus: false);

    public ClosedPipeTests()
    {
        // Far more output than a pipe holds (64 KB on Linux), so writes go on after `head` has gone.
        var lines = new StringBuilder();
        for (var i = 0; i < Articles; i++)
        {
            lines.Append("{\"id\": \"a").Append(i).Append("\", \"title\": \"A multipolar world, part ").Append(i)
                .Append("\", \"body\": \"The multipolar world order was discussed again today, at some length.\"}\n");
        }
        File.WriteAllText(Path.Combine(_workspace.Corpus, "articles.jsonl"), lines.ToString());
        Assert.Equal(0, _workspace.Search("index").ExitCode);
    }

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("query", "multipolar", "-n", "2000")]
    [InlineData("query", "multipolar", "-n", "2000", "--json")]
    [InlineData("batch", "-")]
    [InlineData("export")]
    public void A_reader_that_closes_the_pipe_early_leaves_exit_code_0_and_no_message(params string[] args)
    {
        var (exitCode, first, error) = RunIntoHead(args);
        Assert.True(exitCode == 0, $"exit {exitCode}; stderr: {error}");
        Assert.Equal("", error);
        Assert.NotEqual("", first);
    }

    // Runs `dotnet search.dll ARGS | head -1` in bash: the exit code is search's (PIPESTATUS), not head's.
    private (int ExitCode, string FirstLine, string Error) RunIntoHead(string[] args)
    {
        // For batch: the same query many times over, more than a pipe holds once answered.
        var stdin = args[0] == "batch" ? string.Concat(Enumerable.Repeat("multipolar world\n", Articles)) : "";
        var (exitCode, output, error) = SearchInShell.Run(_workspace.Folder, "| head -1; exit \"${PIPESTATUS[0]}\"",
            [.. args, "--corpus", _workspace.Corpus, "--index", _workspace.Index], stdin);
        return (exitCode, output.TrimEnd('\n'), error);
    }
}
