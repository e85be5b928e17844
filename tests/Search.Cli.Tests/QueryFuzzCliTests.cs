using System.Text.Json;
using Xunit.Abstractions;

namespace Search.Cli.Tests;

/// <summary>
/// Hostile query strings through the command line: each reaches the command as typed, and each run is answered (exit 0
/// or 1, results on stdout) or refused as a bad query with one line on stderr (exit 2, nothing on stdout).
/// </summary>
[Trait("Category", "Slow")]
public sealed class QueryFuzzCliTests(ITestOutputHelper output) : IDisposable
{
    private const int Parsed = 100_000;
    private const int Run = 2_000;
    private readonly TempCorpus _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void The_command_line_parser_takes_any_query_string_and_passes_it_on_unchanged()
    {
        var fuzzer = new QueryFuzzer(seed: 7);
        using var sink = new StringWriter();
        var console = new CliConsole(sink, sink, ErrorIsTerminal: false, _workspace.Folder);
        var roundTrips = 0;
        for (var i = 0; i < Parsed; i++)
        {
            var query = fuzzer.Next();
            var parse = CliApp.Parse(["query", query, "--limit", "3"], console);
            // A query that is an option (-x) or one of the help option's names (/?, /h) is not a query: the parser is right.
            if (query.Length > 0 && !query.StartsWith('-') && query is not ("/?" or "/h") && parse.Errors.Count == 0)
            {
                Assert.Equal(query, string.Join(' ', parse.GetValue<string[]>("QUERY")!));
                roundTrips++;
            }
        }
        output.WriteLine($"{roundTrips} of {Parsed} queries checked to reach the command unchanged");
        // The seed is fixed, so this count is too (97,840). A floor well below it keeps the check above from
        // silently running for a few queries only, should the parser start refusing most of them.
        Assert.True(roundTrips > Parsed * 8 / 10, $"only {roundTrips} of {Parsed} queries reached the command");
    }

    [Fact]
    public void Every_run_is_answered_with_exit_0_or_1_or_refused_with_exit_2_and_one_line()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var fuzzer = new QueryFuzzer(seed: 11);
        var codes = new Dictionary<int, int>();
        for (var i = 0; i < Run; i++)
        {
            var query = fuzzer.Next();
            string[] args = i % 4 == 0 ? ["query", .. query.Split(' ', StringSplitOptions.RemoveEmptyEntries)] : ["query", query];
            var json = i % 2 == 0;
            var run = _workspace.Search([.. args, "--limit", "2", "--format", json ? "json" : "text"]);
            Assert.True(run.ExitCode is 0 or 1 or 2, $"exit {run.ExitCode} for query {query}\n{run}");
            CliAssert.NoStackTrace(run);
            if (run.ExitCode == 2)
            {
                AssertRefusedInOneLine(run);
            }
            else
            {
                AssertAnswered(run, json);
            }
            codes[run.ExitCode] = codes.GetValueOrDefault(run.ExitCode) + 1;
        }
        output.WriteLine(string.Join(", ", codes.OrderBy(c => c.Key).Select(c => $"exit {c.Key}: {c.Value}")));
        Assert.Equal(3, codes.Count);
    }

    // A refusal: nothing on stdout, and one "search: " line on stderr. Only a command line the parser refuses (a word
    // of a split query taken for an option) adds the pointer to help after it.
    private static void AssertRefusedInOneLine(CliRun run)
    {
        Assert.True(run.Out.Length == 0, $"a refusal wrote to stdout\n{run}");
        var lines = run.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var message = lines is [_] or [_, CliAssert.HelpPointer] ? lines[0] : null;
        Assert.True(message is not null && message.StartsWith("search: ", StringComparison.Ordinal),
            $"a refusal is not one search: line\n{run}");
    }

    // An answer: the results on stdout as the format has them (exit 1 exactly when none match), and on stderr at most
    // notes such as "did you mean".
    private static void AssertAnswered(CliRun run, bool json)
    {
        Assert.All(run.ErrorLines, l => Assert.StartsWith("search: ", l, StringComparison.Ordinal));
        if (json)
        {
            var line = Assert.Single(run.OutLines);
            using var results = JsonDocument.Parse(line);
            var total = results.RootElement.GetProperty("total").GetInt32();
            Assert.True(total > 0 == (run.ExitCode == 0), $"total {total} with exit {run.ExitCode}\n{run}");
            Assert.Equal(Math.Min(total, 2), results.RootElement.GetProperty("hits").GetArrayLength());
        }
        else if (run.ExitCode == 1)
        {
            Assert.StartsWith("No articles match ", run.Out, StringComparison.Ordinal);
        }
        else
        {
            Assert.Matches(@"^(1 article matches|[0-9,]+ articles match)\.$", run.OutLines[0]);
        }
    }
}
