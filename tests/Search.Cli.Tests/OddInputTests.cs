using System.Diagnostics;

namespace Search.Cli.Tests;

/// <summary>Corpus files with odd names and very deep threads go through index, show and query like any other.</summary>
public sealed class OddInputTests : IDisposable
{
    private readonly TempCorpus _workspace = new(copyDefaultCorpus: false);

    public void Dispose() => _workspace.Dispose();

    private void Write(string name, string json) => _workspace.Write("corpus/" + name, json + "\n");

    [Fact]
    public void File_names_with_spaces_newlines_and_quotes_are_indexed_and_shown()
    {
        Write("with space.jsonl", "{\"id\": \"a\", \"title\": \"Spaced\", \"body\": \"hybrid war\"}");
        Write("new\nline.jsonl", "{\"id\": \"b\", \"title\": \"Broken\", \"body\": \"hybrid war\"}");
        Write("quote\"and'tick.jsonl", "{\"id\": \"c\", \"title\": \"Quoted\", \"body\": \"hybrid war\"}");

        var index = _workspace.Search("index");
        CliAssert.Succeeded(index);
        Assert.StartsWith("indexed: 3 added", index.Out, StringComparison.Ordinal);
        var query = _workspace.Search("query", "\"hybrid war\"", "--format", "tsv");
        Assert.Equal(3, query.OutLines.Length);
        Assert.Contains("file:      corpus/with space.jsonl", _workspace.Search("show", "a").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_reported_and_never_stops_the_run()
    {
        Write("good.jsonl", "{\"id\": \"good\", \"body\": \"fine\"}");
        // Bytes 0xE9 0xE9 are no UTF-8: a name only a shell can make, as Windows-1252 scrapers leave them.
        var shell = new ProcessStartInfo("sh") { WorkingDirectory = _workspace.Corpus };
        shell.ArgumentList.Add("-c");
        shell.ArgumentList.Add("printf '{\"id\": \"odd\", \"body\": \"fine\"}\\n' > \"$(printf 'caf\\351\\351.jsonl')\"");
        using (var made = Process.Start(shell)!)
        {
            made.WaitForExit();
        }
        Assert.Equal(2, Directory.GetFiles(_workspace.Corpus).Length);

        var run = _workspace.Search("index");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("good", _workspace.Search("export").Out, StringComparison.Ordinal);
        Assert.StartsWith("indexed: 1 added", run.Out, StringComparison.Ordinal);
        Assert.Contains("the name is not valid UTF-8, so it cannot be opened; rename it to index it", run.Error, StringComparison.Ordinal);

        // .NET cannot name such a file to delete it; the shell can.
        var clean = new ProcessStartInfo("sh") { WorkingDirectory = _workspace.Corpus };
        clean.ArgumentList.Add("-c");
        clean.ArgumentList.Add("rm -f caf*");
        using var removed = Process.Start(clean)!;
        removed.WaitForExit();
    }

    [Fact]
    public void A_thread_10000_replies_deep_shows_in_lines_of_readable_length()
    {
        Write("deep.jsonl", $"{{\"id\": \"deep\", \"title\": \"A long quarrel\", \"comments\": {ReplyChainJson.Comments(10_000)}}}");
        CliAssert.Succeeded(_workspace.Search("index"));

        var show = _workspace.Search("show", "deep");

        CliAssert.Succeeded(show);
        Assert.Contains("[c10000] anonymous (reply to c9999, depth 9999)", show.Out, StringComparison.Ordinal);
        Assert.True(show.OutLines.Max(l => l.Length) < 200, "a deep reply must not be pushed off the screen");
        var query = _workspace.Search("query", "\"reply 9999\"", "--limit", "0");
        Assert.Equal((0, "1 article matches."), (query.ExitCode, query.OutLines.Single()));
    }
}
