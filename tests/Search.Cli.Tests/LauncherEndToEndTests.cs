using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Search.Cli.Tests;

/// <summary>
/// The README's commands through the real launcher and the binary it builds (Native AOT where clang is present):
/// what the in-process tests pin down must hold for the program users actually run.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class LauncherEndToEndTests : IDisposable
{
    private readonly TempCorpus _workspace = new();

    public LauncherEndToEndTests(ITestOutputHelper output)
    {
        var build = LauncherProcess.EnsureBuilt();
        Assert.True(build.ExitCode == 0, "./search --version failed:\n" + build.Error);
        // Every test here passes on either build, so the output says which one it ran: a green run on the ReadyToRun
        // fallback says nothing about the native binary users get. Shown under a failed test, and under every test with
        // `dotnet test --logger "console;verbosity=detailed"`.
        output.WriteLine($"launcher build tested: {LauncherProcess.BuildKind} (clang on PATH: {(ClangOnPath ? "yes" : "no")})");
    }

    // As the launcher decides it: `command -v clang` searches PATH the same way.
    private static bool ClangOnPath =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, "clang")));

    public void Dispose() => _workspace.Dispose();

    private CliRun Search(params string[] args) => LauncherProcess.Run(_workspace.Folder, args);

    [Fact]
    public void Where_clang_is_present_the_launcher_builds_a_native_binary()
    {
        var expected = ClangOnPath ? "native" : "dll";
        var built = LauncherProcess.BuildKind;

        Assert.True(built == expected,
            $"clang is {(ClangOnPath ? "" : "not ")}on PATH, so the launcher should have built \"{expected}\", " +
            $"but artifacts/launcher/.kind says \"{built}\" (why: artifacts/launcher-build.log)");
    }

    [Fact]
    public void The_readme_query_prints_the_four_articles()
    {
        var run = Search("query", "multipolar world");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no index yet: indexing corpus first", run.Error, StringComparison.Ordinal);
        Golden.AssertMatches("query-multipolar-world", run.Out);
    }

    [Fact]
    public void Every_lucene_syntax_example_of_the_readme_finds_the_articles_its_comment_names()
    {
        // The README's lines "./search query --syntax lucene 'QUERY'   # what it shows: 000, 002", read from the
        // README itself so that its examples and this test cannot drift apart; the quoted text is what the shell passes.
        var examples = File.ReadLines(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Select(line => ReadmeLuceneExample().Match(line))
            .Where(m => m.Success)
            .Select(m => (Query: m.Groups[1].Value, Ids: m.Groups[2].Value.Split(", ")))
            .ToList();
        Assert.True(examples.Count >= 6, $"only {examples.Count} Lucene-syntax examples found in README.md");
        foreach (var (query, ids) in examples)
        {
            var run = Search("query", "--syntax", "lucene", query, "--format", "tsv");
            Assert.True(run.ExitCode == 0, $"{query}: {run}");
            Assert.Equal(ids, run.OutLines.Select(l => l.Split('\t')[1][..3]).Order(StringComparer.Ordinal));
        }
    }

    [GeneratedRegex(@"^    \./search query --syntax lucene '([^']+)' +#.*: ((?:\d{3}, )*\d{3})$")]
    private static partial Regex ReadmeLuceneExample();

    [Fact]
    public void Json_show_and_batch_match_their_golden_files()
    {
        CliAssert.Succeeded(Search("index", "--quiet"));
        var json = Search("query", "\"multipolar world\"", "--json");
        CliAssert.Succeeded(json);
        Golden.AssertMatches("query-phrase-json", json.Out);

        var show = Search("show", "003_7fdfd134df6d3be8");
        CliAssert.Succeeded(show);
        Golden.AssertMatches("show-003", show.Out);

        File.Copy(RepositoryPaths.Fixture("narratives.txt"), _workspace.PathOf("narratives.txt"));
        var batch = Search("batch", "narratives.txt", "--format", "tsv");
        Assert.Equal(2, batch.ExitCode);
        Golden.AssertMatches("batch-narratives-tsv", batch.Out);
    }

    [Fact]
    public void Exit_codes_and_one_line_errors_are_the_documented_ones()
    {
        CliAssert.Succeeded(Search("index", "--quiet"));
        Assert.Equal(1, Search("query", "\"multipolar peace\"").ExitCode);

        var bad = Search("query", "\"multipolar");
        Assert.Equal(2, bad.ExitCode);
        Assert.Single(bad.ErrorLines);
        Assert.StartsWith("search: bad query:", bad.Error, StringComparison.Ordinal);

        var missing = LauncherProcess.Run(_workspace.Folder, "query", "x", "--index", _workspace.PathOf("nowhere"), "--corpus", _workspace.PathOf("none"));
        Assert.Equal(3, missing.ExitCode);
        Assert.Single(missing.ErrorLines);
        Assert.DoesNotContain("   at ", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Russian_stemming_stop_words_and_transliteration_work_in_the_built_binary()
    {
        // The Russian stop list is a resource of Lucene's assembly and the stemmer Snowball's generated code: both must
        // survive the native build's trimming.
        var corpus = _workspace.PathOf("russian");
        Directory.CreateDirectory(corpus);
        File.Copy(Path.Combine(RepositoryPaths.Root, "tests", "Search.Core.Tests", "Fixtures", "Russian", "russian.jsonl"), Path.Combine(corpus, "russian.jsonl"));
        string[] Ids(params string[] args)
        {
            var run = LauncherProcess.Run(_workspace.Folder, ["query", .. args, "--format", "tsv", "--corpus", corpus, "--index", _workspace.PathOf("russian-index")]);
            Assert.True(run.ExitCode == 0, run.ToString());
            return [.. run.OutLines.Select(l => l.Split('\t')[1]).Order(StringComparer.Ordinal)];
        }

        Assert.Equal(["a1", "a2", "a4", "a7"], Ids("о мире"));
        Assert.Equal(["a1", "a2", "a3", "a4", "a7"], Ids("Russkiy Mir", "--translit"));
    }
}
