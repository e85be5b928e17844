using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary>
/// Copies over the README's fixture (Fixtures/copies/syndicated.jsonl), worked out by reading it: a1 (Kremlin Daily,
/// 2023-03-01) is republished as ge-204 (Global Echo, 2023-03-03, "Opinion |" in the title, a line before and a footer
/// after, "told reporters" become "said"); rr-77 quotes one paragraph of a1 and is no copy; bt-9 is unrelated. Tomko
/// Kubianca's comment under a1 is pasted by Vera Sol under rr-77 with other case and punctuation; "Thanks!" is posted in
/// three threads and is too short to count; Piotr Nowak's "... to rule the seas." is one word away and is no copy.
/// "multipolar" matches a1, ge-204 and rr-77 (and the pasted comment both times, and Piotr's near-copy).
/// </summary>
public sealed class CopiesCommandTests : IDisposable
{
    private const string Readme = "README.md";
    private readonly TempCorpus _workspace = new(copyDefaultCorpus: false);

    public CopiesCommandTests()
    {
        File.Copy(RepositoryPaths.Fixture("copies", "syndicated.jsonl"), Path.Combine(_workspace.Corpus, "syndicated.jsonl"));
        CliAssert.Succeeded(_workspace.Search("index"));
    }

    public void Dispose() => _workspace.Dispose();

    private static List<string> Tsv(CliRun run) => [.. run.OutLines.Select(l => l.Replace('\t', ' '))];

    [Fact]
    public void Dupes_lists_the_syndicated_copy_and_the_pasted_comment_and_nothing_else()
    {
        var run = _workspace.Search("dupes", "--format", "tsv");

        CliAssert.Succeeded(run);
        Assert.Equal(
            ["cluster kind member source published author similarity",
             "1 article a1 Kremlin Daily 2023-03-01 Ivan Petrov 1.00",
             "1 article ge-204 Global Echo 2023-03-03 Staff 0.77",
             "2 comment a1/c1 Kremlin Daily 2023-03-01 Tomko Kubianca 1.00",
             "2 comment rr-77/c1 Riga Review 2023-03-06 Vera Sol 1.00"],
            Tsv(run));
    }

    [Fact]
    public void Dupes_as_text_is_the_readme_example()
    {
        var run = _workspace.Search("dupes");

        CliAssert.Succeeded(run);
        Golden.AssertMatches("dupes-syndicated", run.Out);
        AssertInReadme(run, lines: 12);
    }

    [Fact]
    public void Dupes_as_jsonl_says_what_was_compared_then_one_object_per_group()
    {
        var run = _workspace.Search("dupes", "--format", "jsonl");

        CliAssert.Succeeded(run);
        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var head = lines[0].GetProperty("dupes");
        Assert.Equal((0.5, 4, 4), (head.GetProperty("threshold").GetDouble(), head.GetProperty("articles_compared").GetInt32(), head.GetProperty("comments_compared").GetInt32()));
        Assert.Equal(["article 2 a1,ge-204", "comment 2 a1/c1,rr-77/c1"], lines.Skip(1).Select(g =>
            $"{g.GetProperty("kind").GetString()} {g.GetProperty("size").GetInt32()} {string.Join(',', g.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("member").GetString()))}"));
        Assert.Equal("The West will never accept a multipolar world, it wants to rule alone.", lines[2].GetProperty("text").GetString());
    }

    [Fact]
    public void Kind_and_min_size_choose_the_groups_and_keep_their_numbers()
    {
        Assert.Equal(["cluster kind member source published author similarity", "2 comment a1/c1 Kremlin Daily 2023-03-01 Tomko Kubianca 1.00", "2 comment rr-77/c1 Riga Review 2023-03-06 Vera Sol 1.00"],
            Tsv(_workspace.Search("dupes", "--kind", "comments", "--format", "tsv")));
        Assert.Equal(["cluster kind member source published author similarity"], Tsv(_workspace.Search("dupes", "--min-size", "3", "--format", "tsv")));
    }

    [Theory]
    [InlineData("dupes", "--min-size", "1")]
    [InlineData("dupes", "--kind", "threads")]
    [InlineData("index", "--copy-threshold", "0.2")]
    [InlineData("index", "--copy-threshold", "1.5")]
    public void Bad_options_are_usage_errors(params string[] args) => CliAssert.FailedWith(2, _workspace.Search(args));

    [Fact]
    public void A_stricter_threshold_set_at_index_time_unmakes_the_copy_and_is_kept()
    {
        CliAssert.Succeeded(_workspace.Search("index", "--copy-threshold", "0.9"));
        CliAssert.Succeeded(_workspace.Search("index"));
        var run = _workspace.Search("dupes", "--kind", "articles");

        Assert.StartsWith("Article copies: 0 groups of 0 articles, out of 4 articles compared (bodies of 20+ words sharing at least 0.9 of their text)", run.Out);
    }

    [Fact]
    public void Show_names_an_articles_copies()
    {
        var run = _workspace.Search("show", "a1");

        CliAssert.Succeeded(run);
        Assert.Contains("copies:    ge-204 · Global Echo · 2023-03-03 · similarity 0.77", run.OutLines);
        Assert.Contains("copies:    none", _workspace.Search("show", "rr-77").OutLines);
    }

    [Fact]
    public void Query_with_collapse_counts_the_copy_once_and_says_so_under_the_original()
    {
        var run = _workspace.Search("query", "multipolar", "--collapse", "--color", "never");

        CliAssert.Succeeded(run);
        Golden.AssertMatches("query-collapse-multipolar", run.Out);
        AssertInReadme(run, lines: 3);
        var json = JsonDocument.Parse(_workspace.Search("query", "multipolar", "--collapse", "--json").Out).RootElement;
        Assert.Equal((3, 2), (json.GetProperty("total").GetInt32(), json.GetProperty("total_collapsed").GetInt32()));
        Assert.Equal(["rr-77 0", "a1 1"], json.GetProperty("hits").EnumerateArray().Select(h => $"{h.GetProperty("id").GetString()} {h.GetProperty("copies").GetInt32()}"));
        var plain = JsonDocument.Parse(_workspace.Search("query", "multipolar", "--json").Out).RootElement;
        Assert.False(plain.TryGetProperty("total_collapsed", out _));
        Assert.Equal(3, plain.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public void Query_in_comments_counts_the_pasted_comment_once()
    {
        var json = JsonDocument.Parse(_workspace.Search("query", "\"rule alone\"", "--scope", "comments", "--collapse", "--json").Out).RootElement;

        Assert.Equal((2, 2, 2, 1), (json.GetProperty("total").GetInt32(), json.GetProperty("total_collapsed").GetInt32(),
            json.GetProperty("comments").GetInt32(), json.GetProperty("comments_collapsed").GetInt32()));
    }

    [Fact]
    public void Batch_with_collapse_prints_both_totals()
    {
        var run = CliRun.InvokeWithInput(_workspace.Folder, "q1\tmultipolar\nq2\thybrid\n",
            "batch", "--format", "tsv", "--limit", "0", "--collapse", "--corpus", _workspace.Corpus, "--index", _workspace.Index);

        Assert.Equal(["query_id total total_collapsed", "q1 3 2", "q2 1 1"], Tsv(run));
    }

    [Fact]
    public void Trend_with_collapse_counts_each_group_once_in_counts_and_totals()
    {
        var run = _workspace.Search("trend", "multipolar", "--by", "year", "--unit", "articles,comments,occurrences", "--format", "tsv", "--collapse");

        CliAssert.Succeeded(run);
        // Totals: 4 articles less ge-204; 7 comments less the pasted one (Thanks! is too short to be a copy).
        Assert.Equal(
            ["narrative period unit count total ratio count_collapsed total_collapsed ratio_collapsed",
             "multipolar 2023 articles 3 4 0.75 2 3 0.6666666666666666",
             "multipolar 2023 comments 3 7 0.42857142857142855 2 6 0.3333333333333333",
             "multipolar 2023 occurrences 9   6  ",
             "multipolar undated articles 0 0  0 0 ",
             "multipolar undated comments 0 0  0 0 ",
             "multipolar undated occurrences 0   0  "],
            Tsv(run));
    }

    [Fact]
    public void Who_with_collapse_credits_the_pasted_comment_to_its_first_poster_only()
    {
        var run = _workspace.Search("who", "multipolar", "--collapse");

        CliAssert.Succeeded(run);
        Golden.AssertMatches("who-collapse-multipolar", run.Out);
        AssertInReadme(run, lines: 4);
        var sources = Tsv(_workspace.Search("who", "multipolar", "--by", "source", "--collapse", "--format", "tsv"));
        Assert.Equal("narrative group matches total ratio first_seen first_id last_seen last_id articles matches_collapsed total_collapsed", sources[0]);
        Assert.Equal(
            ["multipolar Global Echo 1 1 1 2023-03-03 ge-204 2023-03-03 ge-204 1 0 0",
             "multipolar Kremlin Daily 1 1 1 2023-03-01 a1 2023-03-01 a1 1 1 1",
             "multipolar Riga Review 1 1 1 2023-03-05 rr-77 2023-03-05 rr-77 1 1 1"],
            sources.Skip(1));
    }

    // The README shows the command's output: its first lines must be there as printed.
    private static void AssertInReadme(CliRun run, int lines)
    {
        // The README shows output as indented code blocks.
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, Readme)).ReplaceLineEndings("\n").Replace("\n    ", "\n", StringComparison.Ordinal);
        Assert.Contains(string.Join('\n', run.Out.ReplaceLineEndings("\n").Split('\n').Take(lines)), readme, StringComparison.Ordinal);
    }
}
