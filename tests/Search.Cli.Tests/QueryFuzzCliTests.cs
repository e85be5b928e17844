using Xunit.Abstractions;

namespace Search.Cli.Tests;

/// <summary>Hostile query strings through the command line: parsed without a crash, answered with exit 0, 1 or 2 and no stack trace.</summary>
[Trait("Category", "Slow")]
public sealed class QueryFuzzCliTests(ITestOutputHelper output) : IDisposable
{
    private const int Parsed = 100_000;
    private const int Run = 2_000;
    private readonly TempCorpus _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void The_command_line_parser_takes_any_query_string()
    {
        var fuzzer = new QueryFuzzer(seed: 7);
        using var sink = new StringWriter();
        var console = new CliConsole(sink, sink, ErrorIsTerminal: false, _workspace.Folder);
        for (var i = 0; i < Parsed; i++)
        {
            var query = fuzzer.Next();
            var parse = CliApp.Parse(["query", query, "--limit", "3"], console);
            if (query.Length > 0 && !query.StartsWith('-') && parse.Errors.Count == 0)
            {
                Assert.Equal(query, string.Join(' ', parse.GetValue<string[]>("QUERY")!));
            }
        }
    }

    [Fact]
    public void Every_run_exits_0_1_or_2_with_plain_messages()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var fuzzer = new QueryFuzzer(seed: 11);
        var codes = new Dictionary<int, int>();
        for (var i = 0; i < Run; i++)
        {
            var query = fuzzer.Next();
            string[] args = i % 4 == 0 ? ["query", .. query.Split(' ', StringSplitOptions.RemoveEmptyEntries)] : ["query", query];
            var run = _workspace.Search([.. args, "--limit", "2", "--format", i % 2 == 0 ? "json" : "text"]);
            Assert.True(run.ExitCode is 0 or 1 or 2, $"exit {run.ExitCode} for query {query}\n{run}");
            CliAssert.NoStackTrace(run);
            Assert.All(run.ErrorLines, l => Assert.True(l.StartsWith("search: ", StringComparison.Ordinal) || l == CliAssert.HelpPointer, l));
            codes[run.ExitCode] = codes.GetValueOrDefault(run.ExitCode) + 1;
        }
        output.WriteLine(string.Join(", ", codes.OrderBy(c => c.Key).Select(c => $"exit {c.Key}: {c.Value}")));
        Assert.Equal(3, codes.Count);
    }
}
