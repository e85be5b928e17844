namespace Search.Cli.Tests;

/// <summary>
/// Redirected output is buffered, yet `search batch ... &gt; out.txt 2&gt;&amp;1` reads in order: a note about a query
/// comes after the results printed before it and before those after it, and nothing printed is lost at the end.
/// </summary>
public sealed class OutputOrderTests : IDisposable
{
    private readonly TempCorpus _workspace = new();

    public OutputOrderTests() => Assert.Equal(0, _workspace.Search("index").ExitCode);

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("> out.txt 2>&1; cat out.txt")]
    [InlineData("2>&1 | cat")]
    public void A_note_on_stderr_stands_between_the_results_around_it(string redirection)
    {
        var lines = RunBatch("multipolar world\n\"unclosed phrase\nhybrid war\n", redirection);

        var note = lines.FindIndex(l => l.StartsWith("search: q2: ", StringComparison.Ordinal));
        Assert.True(note > 0, string.Join('\n', lines));
        Assert.Contains(lines.Take(note), l => l.StartsWith("q1\t", StringComparison.Ordinal));
        Assert.DoesNotContain(lines.Take(note), l => l.StartsWith("q3\t", StringComparison.Ordinal));
        Assert.Contains(lines.Skip(note), l => l.StartsWith("q3\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_line_reaches_a_file_when_the_command_ends()
    {
        var queries = string.Concat(Enumerable.Repeat("multipolar world\n", 500));
        var lines = RunBatch(queries, "> out.txt; cat out.txt");

        // The header, then each query's hits: as many lines as the same batch printed to a string.
        var expected = CliRun.InvokeWithInput(_workspace.Folder, queries, "batch", "--format", "tsv", "--threads", "1", "-q",
            "--corpus", _workspace.Corpus, "--index", _workspace.Index).OutLines;
        Assert.True(expected.Length > 500, string.Join('\n', expected.Take(5)));
        Assert.Equal(expected, lines);
    }

    // Runs `dotnet search.dll batch --format tsv ... REDIRECTION` in bash with QUERIES on stdin; returns what it printed.
    private List<string> RunBatch(string queries, string redirection)
    {
        var (_, output, error) = SearchInShell.Run(_workspace.Folder, redirection,
            ["batch", "--format", "tsv", "--threads", "1", "-q", "--corpus", _workspace.Corpus, "--index", _workspace.Index], queries);
        Assert.Equal("", error);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
