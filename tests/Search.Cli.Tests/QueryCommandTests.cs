using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary><c>search query</c> as a person and a script use it: output, formats, exit codes, the index built on demand.</summary>
public sealed class QueryCommandTests : IDisposable
{
    private const string Escape = "\u001b[";
    private readonly TempCorpus _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private CliRun Query(params string[] args) => _workspace.Search(["query", .. args]);

    [Fact]
    public void First_query_on_a_fresh_corpus_builds_the_index_and_lists_four_articles()
    {
        var run = Query("multipolar", "world");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["search: no index yet: indexing " + _workspace.Corpus + " first",
             "search: indexed: 5 added, 0 updated, 0 removed, 0 unchanged; 5 articles, 11 comments; 0 warnings; S s"],
            run.ErrorLines.Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\d+\.\d\d s$", "S s")));
        Golden.AssertMatches("query-multipolar-world", run.Out);
        Assert.DoesNotContain(Escape, run.Out, StringComparison.Ordinal);

        var again = Query("multipolar", "world");
        CliAssert.Succeeded(again);
        Assert.Equal(run.Out, again.Out);
    }

    [Fact]
    public void The_readme_quick_start_shows_the_real_output_shortened_only_where_it_says_so()
    {
        // The quick start's output block, as a reader copies it: every line of it is a line of the golden output above,
        // or (ending in "...") the start of one; the notes on stderr are checked by the test above.
        var readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = Array.IndexOf(readme, "    $ ./search query \"multipolar world\"");
        Assert.True(start >= 0, "the quick start's command is not in README.md");
        var shown = readme.Skip(start + 1).TakeWhile(l => l.Length == 0 || l.StartsWith("    ", StringComparison.Ordinal))
            .Select(l => l.Length == 0 ? l : l[4..]).Where(l => l.Length > 0 && !l.StartsWith("search: ", StringComparison.Ordinal)).ToList();
        var real = File.ReadAllLines(Path.Combine(RepositoryPaths.Golden, "query-multipolar-world.expected.txt"));

        Assert.True(shown.Count >= 12, $"only {shown.Count} lines of output found after the quick start's command");
        foreach (var line in shown)
        {
            var matches = line.EndsWith(" ...", StringComparison.Ordinal)
                ? real.Any(r => r.StartsWith(line[..^3], StringComparison.Ordinal) && r.Length > line.Length - 3)
                : real.Contains(line);
            Assert.True(matches, $"README.md shows a line the real output does not have: {line}");
        }
    }

    [Fact]
    public void A_changed_corpus_is_indexed_again_before_the_query()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var late = _workspace.Write("corpus/late.jsonl", "{\"id\": \"late\", \"title\": \"A late note\", \"body\": \"On hybrid warfare.\"}\n");
        var run = Query("hybrid", "warfare");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("changed since it was indexed: updating the index first", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 added", run.Error, StringComparison.Ordinal);
        Assert.Contains("late · corpus/late.jsonl", run.Out, StringComparison.Ordinal);

        File.Delete(late);
        var after = Query("hybrid", "warfare");
        Assert.Equal(1, after.ExitCode);
        Assert.Contains("1 removed", after.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_update_a_changed_corpus_is_searched_as_the_index_holds_it()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        _workspace.Write("corpus/late.jsonl", "{\"id\": \"late\", \"title\": \"A late note\", \"body\": \"On hybrid warfare.\"}\n");

        var stale = Query("hybrid", "warfare", "--no-update");
        Assert.Equal(1, stale.ExitCode);
        Assert.Equal("", stale.Error);

        var current = Query("hybrid", "warfare");
        Assert.Equal(0, current.ExitCode);
        Assert.Contains("changed since it was indexed", current.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_exactly_the_documented_shape()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var run = Query("\"multipolar world\"", "--json");
        CliAssert.Succeeded(run);
        Golden.AssertMatches("query-phrase-json", run.Out);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["query", "total", "hits"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, root.GetProperty("total").GetInt32());
        foreach (var hit in root.GetProperty("hits").EnumerateArray())
        {
            Assert.Equal(["rank", "id", "score", "title", "source", "published", "path", "thread", "matches"], hit.EnumerateObject().Select(p => p.Name));
            Assert.Equal(["comments", "matching", "density", "body_matches"], hit.GetProperty("thread").EnumerateObject().Select(p => p.Name));
            Assert.StartsWith("corpus/", hit.GetProperty("path").GetString(), StringComparison.Ordinal);
            foreach (var match in hit.GetProperty("matches").EnumerateArray())
            {
                string[] keys = match.GetProperty("in").GetString() == "comment" ? ["in", "comment_id", "author", "snippet"] : ["in", "snippet"];
                Assert.Equal(keys, match.EnumerateObject().Select(p => p.Name));
                // The phrase is one highlight, punctuation inside it included: <mark>multipolar” world</mark>.
                var marked = System.Text.RegularExpressions.Regex.Matches(match.GetProperty("snippet").GetString()!, "<mark>(.*?)</mark>")
                    .Select(m => System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value.ToLowerInvariant(), "[^a-z]+", " "));
                Assert.Contains("multipolar world", marked);
            }
        }
    }

    [Fact]
    public void Tsv_output_is_one_line_per_hit_rank_id_score_title()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var run = Query("multipolar world", "--format", "tsv");
        CliAssert.Succeeded(run);
        var rows = run.OutLines.Select(l => l.Split('\t')).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(4, r.Length));
        Assert.Equal(["1", "2", "3", "4"], rows.Select(r => r[0]));
        Assert.Equal("000_2bf88532322e37d8", rows[0][1]);
    }

    [Fact]
    public void No_hits_exits_1_says_so_and_suggests_a_spelling_from_the_index()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var none = Query("\"multipolar peace\"");
        Assert.Equal((1, "No articles match \"multipolar peace\".\n"), (none.ExitCode, none.Out.ReplaceLineEndings("\n")));

        var typo = Query("multipolr");
        Assert.Equal(1, typo.ExitCode);
        Assert.Equal(["No articles match multipolr.", "Did you mean: multipolar?"], typo.OutLines);

        var json = Query("multipolr", "--json");
        Assert.Equal(1, json.ExitCode);
        Assert.Equal("search: did you mean: multipolar?", json.Error.Trim());
        Assert.Equal(0, JsonDocument.Parse(json.Out).RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("\"multipolar world", "search: bad query: unclosed quote: the phrase that starts here has no closing \" (column 1)")]
    [InlineData("headline:putin", "search: bad query: unknown field headline: (known fields: id:, title:, body:, comment:, author:, byline:, source:, published:) (column 1)")]
    [InlineData("multipolar AND", "search: bad query: AND has nothing after it (column 12)")]
    [InlineData("(a OR b", "search: bad query: ( is never closed (column 1)")]
    public void Malformed_query_exits_2_with_one_line(string query, string message)
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var run = Query(query);
        CliAssert.FailedWith(2, run);
        Assert.Equal([message], run.ErrorLines);
    }

    [Fact]
    public void An_unquoted_minus_word_still_excludes_it()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var run = Query("multipolar", "-obama", "--format", "tsv");
        CliAssert.Succeeded(run);
        Assert.Equal(["000_2bf88532322e37d8", "002_8c9b06bed0a07476", "004_cf40159e0b81012a"], run.OutLines.Select(l => l.Split('\t')[1]).Order());
    }

    [Fact]
    public void Limit_and_offset_page_through_the_hits()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var first = Query("multipolar world", "-n", "2");
        Assert.Contains("Showing 1-2 of 4; the next page: --offset 2", first.Out, StringComparison.Ordinal);
        var second = Query("multipolar world", "-n", "2", "--offset", "2", "--format", "tsv");
        Assert.Equal(["3", "4"], second.OutLines.Select(l => l.Split('\t')[0]));
        var count = Query("multipolar world", "--limit", "0");
        Assert.Equal(["4 articles match."], count.OutLines);
    }

    [Fact]
    public void In_comments_and_in_articles_choose_where_words_are_searched()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var comments = Query("yeltsin", "--in", "comments");
        Assert.Equal(0, comments.ExitCode);
        Assert.Contains("comment c2 by anonymous:", comments.Out, StringComparison.Ordinal);
        Assert.Equal(1, Query("yeltsin", "--in", "articles").ExitCode);
        Assert.Equal(2, Query("yeltsin", "--in", "everywhere").ExitCode);
    }

    [Fact]
    public void Color_only_on_a_terminal_or_when_asked_and_never_with_NO_COLOR()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        string[] args = ["query", "multipolar world", "--corpus", _workspace.Corpus, "--index", _workspace.Index];
        Assert.DoesNotContain(Escape, CliRun.InvokeOnTerminal(_workspace.Folder, false, false, args).Out, StringComparison.Ordinal);
        Assert.Contains(Escape + "1;33mmultipolar world", CliRun.InvokeOnTerminal(_workspace.Folder, true, false, args).Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, CliRun.InvokeOnTerminal(_workspace.Folder, true, true, args).Out, StringComparison.Ordinal);
        Assert.Contains(Escape, CliRun.InvokeOnTerminal(_workspace.Folder, false, false, [.. args, "--color", "always"]).Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, CliRun.InvokeOnTerminal(_workspace.Folder, true, false, [.. args, "--color", "never"]).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_why_each_hit_scored_what_it_did()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var run = Query("yeltsin", "--explain");
        Assert.Contains("why this score:", run.Out, StringComparison.Ordinal);
        Assert.Contains("comment:yeltsin", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void No_index_and_no_corpus_exits_3()
    {
        var run = CliRun.Invoke(_workspace.Folder, "query", "x", "--index", _workspace.PathOf("nothing"), "--corpus", _workspace.PathOf("none"));
        CliAssert.FailedWith(3, run);
    }
}
