using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Core.Privacy;

namespace Search.Cli.Tests;

/// <summary>
/// <c>--pseudonymize</c> on the indexed default corpus, whose named commenters are Tomko Kubianca (twice under 003),
/// Robert McMaster (003) and Igor Ochocinszk (001): no command prints their names, each prints their tokens, one
/// salt gives one token per commenter in every command, another salt others.
/// </summary>
public sealed partial class PseudonymizeTests(IndexedCorpus indexed) : IClassFixture<IndexedCorpus>
{
    private readonly TempCorpus _workspace = indexed.Workspace;

    // Under the salt s1, as Python's hmac computes them over the folded names (PseudonymsTests pins the rule itself).
    private const string Kubianca = "u-61df87a38933";
    private const string McMaster = "u-f643d6237f50";
    private const string Ochocinszk = "u-62a824765b06";

    private static readonly Dictionary<string, string> TokenOf = new()
    {
        ["Tomko Kubianca"] = Kubianca,
        ["Robert McMaster"] = McMaster,
        ["Igor Ochocinszk"] = Ochocinszk,
    };

    // Words in the comments of all three (obama: 003's c2 and c3; mention: 001's c1), not their names: a query is
    // printed back as typed, and a name in it would be the user's own.
    private const string CommentQuery = "query obama OR mention --in comments";

    [Theory]
    [InlineData(CommentQuery + " --json", new[] { "Tomko Kubianca", "Robert McMaster", "Igor Ochocinszk" })]
    [InlineData(CommentQuery, new[] { "Tomko Kubianca", "Robert McMaster", "Igor Ochocinszk" })]
    [InlineData("batch --in comments", new[] { "Tomko Kubianca", "Robert McMaster", "Igor Ochocinszk" })]
    [InlineData("export", new[] { "Tomko Kubianca", "Robert McMaster", "Igor Ochocinszk" })]
    [InlineData("show 003", new[] { "Tomko Kubianca", "Robert McMaster" })]
    [InlineData("show 003 --json", new[] { "Tomko Kubianca", "Robert McMaster" })]
    [InlineData("show 001", new[] { "Igor Ochocinszk" })]
    public void With_pseudonymize_no_commenter_name_is_printed_and_their_tokens_are(string command, string[] names)
    {
        var plain = Run(command);
        var pseudonymized = Run(command, "--pseudonymize", "--salt", "s1");

        // The same command without the option names them: otherwise their absence below would prove nothing.
        CliAssert.Succeeded(plain);
        Assert.All(names, name => Assert.Contains(name, plain.Out, StringComparison.Ordinal));
        CliAssert.Succeeded(pseudonymized);
        foreach (var part in TokenOf.Keys.SelectMany(n => n.Split(' ')))
        {
            Assert.DoesNotContain(part, pseudonymized.Out, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(names.Select(n => TokenOf[n]).Order(StringComparer.Ordinal), Tokens(pseudonymized.Out));
    }

    [Fact]
    public void Query_text_says_which_token_wrote_a_matching_comment_and_anonymous_stays_anonymous()
    {
        var query = Run("query", "obama", "--in", "comments", "--pseudonymize", "--salt", "s1");
        var show = Run("show", "003", "--pseudonymize", "--salt", "s1");

        Assert.Contains(query.OutLines, line => line.StartsWith($"   comment c2 by {McMaster}: ", StringComparison.Ordinal));
        Assert.Contains(query.OutLines, line => line.StartsWith($"   comment c3 by {Kubianca}: ", StringComparison.Ordinal));
        Assert.Equal(
            [$"[c1] {Kubianca}", $"[c2] {McMaster}", $"[c3] {Kubianca}", "[c4] anonymous", "[c5] anonymous"],
            show.OutLines.Where(l => l.StartsWith("[c", StringComparison.Ordinal)));
    }

    [Fact]
    public void One_salt_gives_each_commenter_one_token_in_every_command_and_another_salt_others()
    {
        var queryS1 = CommentAuthors(Run(CommentQuery, "--json", "--pseudonymize", "--salt", "s1").Out);
        var exportS1 = ExportAuthors(Run("export", "--pseudonymize", "--salt", "s1").Out);
        var exportS2 = ExportAuthors(Run("export", "--pseudonymize", "--salt", "s2").Out);

        Assert.Equal(3, queryS1.Count);
        Assert.All(queryS1, found => Assert.Equal(exportS1[found.Key], found.Value));
        // Tomko Kubianca's two comments, one token.
        Assert.Equal(exportS1[("003_7fdfd134df6d3be8", "c1")], exportS1[("003_7fdfd134df6d3be8", "c3")]);
        var named = exportS1.Where(c => c.Value is not null).Select(c => c.Key).ToList();
        Assert.Equal(4, named.Count);
        Assert.Equal(named, exportS2.Where(c => c.Value is not null).Select(c => c.Key));
        Assert.All(named, key => Assert.NotEqual(exportS1[key], exportS2[key]));
    }

    [Fact]
    public void Export_keeps_everything_but_the_commenter_names()
    {
        var plain = Run("export").OutLines;
        var pseudonymized = Run("export", "--pseudonymize", "--salt", "s1").OutLines;

        var s1 = new Pseudonyms("s1");
        Assert.Equal(plain.Length, pseudonymized.Length);
        foreach (var (before, after) in plain.Zip(pseudonymized))
        {
            using var expected = JsonDocument.Parse(before);
            using var actual = JsonDocument.Parse(after);
            // Every field but the comments' authors, compared as written.
            Assert.Equal(WithoutAuthors(expected.RootElement), WithoutAuthors(actual.RootElement));
            Assert.Equal(
                expected.RootElement.GetProperty("comments").EnumerateArray().Select(c => s1.Of(c.GetProperty("author").GetString())),
                actual.RootElement.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("author").GetString()));
        }
    }

    [Theory]
    [InlineData("query obama")]
    [InlineData("batch")]
    [InlineData("export")]
    [InlineData("show 003")]
    public void Salt_without_pseudonymize_exits_2_with_one_line_before_touching_the_index(string command)
    {
        using var fresh = new TempCorpus();

        var run = fresh.Search([.. command.Split(' '), "--salt", "s1"]);

        CliAssert.FailedWith(2, run);
        Assert.Equal(["search: --salt is only used with --pseudonymize: add --pseudonymize, or leave out --salt"], run.ErrorLines);
        Assert.False(Directory.Exists(fresh.Index), "a usage error must not build the index");
    }

    [Fact]
    public void An_empty_salt_exits_2()
    {
        var run = Run("show", "003", "--pseudonymize", "--salt", "");

        CliAssert.FailedWith(2, run);
        Assert.Equal(["search: --salt is empty: give the salt's text"], run.ErrorLines);
    }

    [Fact]
    public void The_salt_comes_from_the_option_then_the_environment_then_is_random_with_one_note()
    {
        var fromOption = Resolve(true, "s1", "s2");
        var fromEnvironment = Resolve(true, null, "s2");
        var emptyEnvironment = Resolve(true, null, "");
        var random = Resolve(true, null, null);
        var off = Resolve(false, null, "s2");

        Assert.Equal((Kubianca, ""), (fromOption.Pseudonyms!.Of("Tomko Kubianca"), fromOption.Error));
        Assert.Equal((new Pseudonyms("s2").Of("Tomko Kubianca"), ""), (fromEnvironment.Pseudonyms!.Of("Tomko Kubianca"), fromEnvironment.Error));
        foreach (var (pseudonyms, error) in new[] { emptyEnvironment, random })
        {
            Assert.Matches(@"^u-[0-9a-f]{12}$", pseudonyms!.Of("Tomko Kubianca"));
            Assert.Equal(
                "search: note: no salt given: the tokens are random for this run; for the same tokens in every run, give --salt TEXT or set SEARCH_PSEUDONYM_SALT\n",
                error.ReplaceLineEndings("\n"));
        }
        Assert.NotEqual(emptyEnvironment.Pseudonyms!.Of("Tomko Kubianca"), random.Pseudonyms!.Of("Tomko Kubianca"));
        // The variable alone does not turn pseudonyms on: a salt kept in a profile must not change every command.
        Assert.Equal((null, ""), (off.Pseudonyms, off.Error));
    }

    [Fact]
    public void A_run_reads_SEARCH_PSEUDONYM_SALT_from_its_environment()
    {
        var withVariable = RunProcess(new() { ["SEARCH_PSEUDONYM_SALT"] = "s1" }, "show", "003", "--pseudonymize");
        var without = RunProcess(new() { ["SEARCH_PSEUDONYM_SALT"] = null }, "show", "003", "--pseudonymize");

        CliAssert.Succeeded(withVariable);
        Assert.Equal([Kubianca, McMaster], Tokens(withVariable.Out));
        Assert.Equal(0, without.ExitCode);
        Assert.Contains("SEARCH_PSEUDONYM_SALT", Assert.Single(without.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(Kubianca, without.Out, StringComparison.Ordinal);
        Assert.Equal(2, Tokens(without.Out).Count);
    }

    // A command line on the indexed corpus; batch reads the two words of CommentQuery as two queries from stdin.
    private CliRun Run(string command, params string[] options)
    {
        string[] args = [.. command.Split(' '), .. options];
        return args[0] == "batch"
            ? CliRun.InvokeWithInput(_workspace.Folder, "obama\nmention\n", [.. args, "--corpus", _workspace.Corpus, "--index", _workspace.Index])
            : _workspace.Search(args);
    }

    private static (Pseudonyms? Pseudonyms, string Error) Resolve(bool pseudonymize, string? salt, string? environmentSalt)
    {
        using var error = new StringWriter();
        var console = new CliConsole(TextWriter.Null, error, ErrorIsTerminal: false, ".");
        var pseudonyms = Pseudonymization.Resolve(pseudonymize, salt, environmentSalt, console);
        return (pseudonyms, error.ToString());
    }

    private CliRun RunProcess(Dictionary<string, string?> environment, params string[] args)
    {
        var info = new ProcessStartInfo(SearchProcess.DotnetHost())
        {
            WorkingDirectory = _workspace.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[SearchProcess.DllPath, .. args, "--index", _workspace.Index])
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "search did not finish within a minute");
        return new CliRun(process.ExitCode, output.Result, error);
    }

    // The distinct tokens of an output, in order.
    private static List<string> Tokens(string output) =>
        [.. Token().Matches(output).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    private static Dictionary<(string Article, string Comment), string?> CommentAuthors(string queryJson)
    {
        using var json = JsonDocument.Parse(queryJson);
        return json.RootElement.GetProperty("hits").EnumerateArray()
            .SelectMany(hit => hit.GetProperty("matches").EnumerateArray()
                .Where(m => m.GetProperty("in").GetString() == "comment")
                .Select(m => (Key: (hit.GetProperty("id").GetString()!, m.GetProperty("comment_id").GetString()!), Author: m.GetProperty("author").GetString())))
            .ToDictionary(m => m.Key, m => m.Author);
    }

    private static Dictionary<(string Article, string Comment), string?> ExportAuthors(string export) =>
        export.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(line =>
            {
                using var json = JsonDocument.Parse(line);
                var id = json.RootElement.GetProperty("id").GetString()!;
                return json.RootElement.GetProperty("comments").EnumerateArray()
                    .Select(c => (Key: (id, c.GetProperty("id").GetString()!), Author: c.GetProperty("author").GetString()))
                    .ToList();
            })
            .ToDictionary(c => c.Key, c => c.Author);

    // The article as JSON text with each comment's author left out.
    private static string WithoutAuthors(JsonElement article)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(article.GetRawText())!;
        foreach (var comment in node["comments"]!.AsArray())
        {
            comment!.AsObject().Remove("author");
        }
        return node.ToJsonString();
    }

    [GeneratedRegex("u-[0-9a-f]{12}")]
    private static partial Regex Token();
}
