using System.Diagnostics;

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
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = _workspace.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("\"$@\" " + redirection);
        info.ArgumentList.Add("bash");
        info.ArgumentList.Add(SearchProcess.DotnetHost());
        info.ArgumentList.Add(SearchProcess.DllPath);
        foreach (var arg in new[] { "batch", "--format", "tsv", "--threads", "1", "-q", "--corpus", _workspace.Corpus, "--index", _workspace.Index })
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(queries);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("search batch did not finish");
        }
        process.WaitForExit();
        Assert.Equal("", error.Result);
        return [.. output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
