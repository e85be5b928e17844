using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary>
/// <c>search who</c> and the dense scope over a fixture of four threads (Fixtures/who/threads.jsonl), worked out by
/// reading it: Tomko Kubianca (once spelled <c>tomko  kubianca</c>) says "hybrid war" in 3 of his 4 comments, the
/// first in a1/c2 on 2023-03-02; Vera Sol in 1 of her 10 (a3/c4, 2023-04-08); one anonymous comment says it (a1/c4).
/// Threads: a1 has 2 of 4 comments matching, a2 1 of 3, a3 2 of 4, a4 none of 4 (undated, no source, no byline).
/// </summary>
public sealed class WhoCommandTests : IDisposable
{
    private readonly TempCorpus _workspace = new(copyDefaultCorpus: false);

    public WhoCommandTests()
    {
        File.Copy(RepositoryPaths.Fixture("who", "threads.jsonl"), Path.Combine(_workspace.Corpus, "threads.jsonl"));
        CliAssert.Succeeded(_workspace.Search("index"));
    }

    public void Dispose() => _workspace.Dispose();

    private CliRun Who(params string[] args) => _workspace.Search(["who", .. args]);

    private static List<string> Rows(CliRun run) => [.. run.OutLines.Skip(1).Select(l => string.Join(' ', l.Split('\t').Skip(1)))];

    [Fact]
    public void By_commenter_the_one_who_says_it_in_three_of_four_comments_comes_first_with_when_he_first_said_it()
    {
        var run = Who("\"hybrid war\"", "--format", "tsv");

        CliAssert.Succeeded(run);
        Assert.Equal("narrative\tgroup\tmatches\ttotal\tratio\tfirst_seen\tfirst_id\tlast_seen\tlast_id\tarticles", run.OutLines[0]);
        Assert.Equal(
            ["Tomko Kubianca 3 4 0.75 2023-03-02 a1/c2 2023-04-07 a3/c2 3",
             "(anonymous) 1 1 1 2023-03-03 a1/c4 2023-03-03 a1/c4 1",
             "Vera Sol 1 10 0.1 2023-04-08 a3/c4 2023-04-08 a3/c4 1"],
            Rows(run));
    }

    [Fact]
    public void The_text_table_says_what_total_counts()
    {
        var run = Who("\"hybrid war\"");

        CliAssert.Succeeded(run);
        Golden.AssertMatches("who-hybrid-war", run.Out);
    }

    [Fact]
    public void By_source_counts_articles_out_of_the_sites_articles_and_by_article_the_threads_where_it_is_said_most()
    {
        var sources = Who("\"hybrid war\"", "--by", "source", "--format", "tsv");
        var comments = Who("\"hybrid war\"", "--by", "source", "--unit", "comments", "--format", "tsv");
        var articles = Who("\"hybrid war\"", "--by", "article", "--format", "tsv");
        var bylines = Who("\"hybrid war\"", "--by", "author", "--format", "tsv");

        Assert.Equal(["RT 2 2 1 2023-03-01 a1 2023-04-05 a3 2", "TASS 1 1 1 2023-03-10 a2 2023-03-10 a2 1"], Rows(sources));
        Assert.Equal(["RT 4 8 0.5 2023-03-02 a1/c2 2023-04-08 a3/c4 2", "TASS 1 3 0.3333333333333333 2023-03-11 a2/c1 2023-03-11 a2/c1 1"], Rows(comments));
        Assert.Equal(
            ["a1 2 4 0.5 2023-03-02 a1/c2 2023-03-03 a1/c4 1", "a3 2 4 0.5 2023-04-07 a3/c2 2023-04-08 a3/c4 1",
             "a2 1 3 0.3333333333333333 2023-03-11 a2/c1 2023-03-11 a2/c1 1"],
            Rows(articles));
        Assert.Equal(["Olga Petrova 2 2 1 2023-03-01 a1 2023-04-05 a3 2", "(no byline) 1 2 0.5 2023-03-10 a2 2023-03-10 a2 1"], Rows(bylines));
    }

    [Fact]
    public void Top_min_and_dates_narrow_the_groups_and_their_totals()
    {
        var top = Who("\"hybrid war\"", "--top", "1", "--format", "tsv");
        var min = Who("\"hybrid war\"", "--min", "2", "--format", "tsv");
        var april = Who("\"hybrid war\"", "--from", "2023-04", "--format", "tsv");

        Assert.Equal(["Tomko Kubianca 3 4 0.75 2023-03-02 a1/c2 2023-04-07 a3/c2 3"], Rows(top));
        Assert.Equal(Rows(top), Rows(min));
        // From April: Tomko's two April comments (one matching), Vera's two dated April comments (her undated four not counted).
        Assert.Equal(["Tomko Kubianca 1 2 0.5 2023-04-07 a3/c2 2023-04-07 a3/c2 1", "Vera Sol 1 2 0.5 2023-04-08 a3/c4 2023-04-08 a3/c4 1"], Rows(april));
    }

    [Fact]
    public void By_period_gives_a_row_per_group_and_month_zero_filled_with_undated_last()
    {
        var run = Who("\"hybrid war\"", "--top", "1", "--by-period", "month", "--format", "tsv");

        CliAssert.Succeeded(run);
        Assert.Equal("period\tnarrative\tgroup\tmatches\ttotal\tratio\tfirst_seen\tfirst_id\tlast_seen\tlast_id\tarticles", run.OutLines[0]);
        Assert.Equal(
            ["2023-03\t\"hybrid war\"\tTomko Kubianca\t2\t2\t1\t2023-03-02\ta1/c2\t2023-03-11\ta2/c1\t2",
             "2023-04\t\"hybrid war\"\tTomko Kubianca\t1\t2\t0.5\t2023-04-07\ta3/c2\t2023-04-07\ta3/c2\t1",
             "undated\t\"hybrid war\"\tTomko Kubianca\t0\t0\t\t\t\t\t\t0"],
            run.OutLines.Skip(1));
    }

    [Fact]
    public void Csv_and_jsonl_hold_the_rows_of_the_tsv_and_jsonl_starts_with_how_they_were_made()
    {
        var tsv = Who("\"hybrid war\"", "--format", "tsv");
        var csv = Who("\"hybrid war\"", "--format", "csv");
        var jsonl = Who("\"hybrid war\"", "--format", "jsonl");

        Assert.Equal(tsv.OutLines.Select(l => l.Replace('\t', ',')), csv.OutLines.Select(l => l.Replace("\"\"\"hybrid war\"\"\"", "\"hybrid war\"", StringComparison.Ordinal)));
        var who = JsonDocument.Parse(jsonl.OutLines[0]).RootElement.GetProperty("who");
        Assert.Equal(("commenter", "comments", "thread", false), (who.GetProperty("by").GetString(), who.GetProperty("unit").GetString(),
            who.GetProperty("scope").GetString(), who.GetProperty("pseudonymized").GetBoolean()));
        var rows = jsonl.OutLines.Skip(1).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["Tomko Kubianca", "(anonymous)", "Vera Sol"], rows.Select(r => r.GetProperty("group").GetString()));
        Assert.Equal([false, true, false], rows.Select(r => r.GetProperty("unnamed").GetBoolean()));
        Assert.Equal([3L, 1, 1], rows.Select(r => r.GetProperty("matches").GetInt64()));
    }

    [Fact]
    public void Dense_threads_at_two_densities_keep_the_threads_where_enough_comments_match()
    {
        var forty = _workspace.Search("query", "\"hybrid war\"", "--scope", "dense", "--density", "40", "--min-comments", "3", "--json");
        var thirty = _workspace.Search("query", "\"hybrid war\"", "--scope", "dense", "--density", "30", "--min-comments", "3", "--json");
        var fourOrMore = _workspace.Search("query", "\"hybrid war\"", "--scope", "dense", "--density", "30", "--min-comments", "4", "--json");

        Assert.Equal(["a1", "a3"], Ids(forty));
        Assert.Equal(["a1", "a2", "a3"], Ids(thirty));
        Assert.Equal(["a1", "a3"], Ids(fourOrMore));
        var a2 = JsonDocument.Parse(thirty.Out).RootElement.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "a2");
        Assert.Equal("{\"comments\":3,\"matching\":1,\"density\":0.3333,\"body_matches\":false}", a2.GetProperty("thread").GetRawText());
        Assert.Equal(5, JsonDocument.Parse(thirty.Out).RootElement.GetProperty("comments").GetInt32());
    }

    [Fact]
    public void Who_in_dense_threads_counts_only_the_comments_in_them()
    {
        var run = Who("\"hybrid war\"", "--scope", "dense", "--density", "40", "--min-comments", "3", "--format", "tsv");

        // a2 (1 of 3) is not dense at 40%: Tomko's a2/c1 is left out; totals stay all his comments.
        Assert.Equal(
            ["Tomko Kubianca 2 4 0.5 2023-03-02 a1/c2 2023-04-07 a3/c2 2",
             "(anonymous) 1 1 1 2023-03-03 a1/c4 2023-03-03 a1/c4 1",
             "Vera Sol 1 10 0.1 2023-04-08 a3/c4 2023-04-08 a3/c4 1"],
            Rows(run));
    }

    [Fact]
    public void Text_query_hits_say_how_many_of_their_comments_match()
    {
        var run = _workspace.Search("query", "\"hybrid war\"", "--scope", "comments");

        CliAssert.Succeeded(run);
        Assert.Equal("3 articles match, by 5 comments that match on their own.", run.OutLines[0]);
        Assert.Contains(run.OutLines, l => l.EndsWith("· 2 of 4 comments match", StringComparison.Ordinal) && l.Contains("a1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("search: unknown --by commenters: use commenter, source, author, article", "--by", "commenters")]
    [InlineData("search: unknown --scope threads: use thread, body, comments, dense", "--scope", "threads")]
    [InlineData("search: --density must be a percentage from 0 to 100", "--density", "101")]
    [InlineData("search: --min-comments must be 1 or more", "--min-comments", "0")]
    [InlineData("search: --by commenter counts comments (its articles column says in how many threads)", "--unit", "articles")]
    [InlineData("search: comments are out of scope when only titles and bodies are searched (--scope body): group articles by source or author, or search the thread", "--scope", "body")]
    public void Bad_options_exit_2_with_one_line(string message, string option, string value)
    {
        var run = Who("\"hybrid war\"", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.ErrorLines[0]);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void A_corpus_without_comment_authors_counts_every_comment_under_anonymous_with_a_note()
    {
        using var nameless = new TempCorpus(copyDefaultCorpus: false);
        nameless.Write("corpus/n.jsonl", File.ReadAllText(RepositoryPaths.Fixture("who", "threads.jsonl"))
            .Replace("\"author\": \"Tomko Kubianca\"", "\"author\": null", StringComparison.Ordinal)
            .Replace("\"author\": \"tomko  kubianca\"", "\"author\": null", StringComparison.Ordinal)
            .Replace("\"author\": \"Vera Sol\"", "\"author\": null", StringComparison.Ordinal));

        var run = nameless.Search("who", "\"hybrid war\"", "--format", "tsv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["(anonymous) 5 15 0.3333333333333333 2023-03-02 a1/c2 2023-04-08 a3/c4 3"], Rows(run));
        Assert.Contains("search: note: no comment in the index names its author: every comment is counted under (anonymous)", run.ErrorLines);
    }

    [Theory]
    [InlineData("who-readme-multipolar-commenter", "who", "\"multipolar\"", "--by", "commenter")]
    [InlineData("who-readme-putin", "who", "putin")]
    [InlineData("who-readme-multipolar-source", "who", "\"multipolar\"", "--by", "source")]
    [InlineData("query-readme-dense", "query", "putin", "--scope", "dense", "--density", "40", "--min-comments", "3")]
    public void The_readme_examples_on_the_default_corpus_print_what_the_readme_shows(string golden, params string[] args)
    {
        using var seed = new TempCorpus();

        var run = seed.Search(args);

        Assert.Equal(0, run.ExitCode);
        Golden.AssertMatches(golden, run.Out);
        Assert.Contains(string.Join('\n', run.Out.ReplaceLineEndings("\n").Split('\n').Take(3)), File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n").Replace("\n    ", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static List<string?> Ids(CliRun run) =>
        [.. JsonDocument.Parse(run.Out).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order(StringComparer.Ordinal)];
}
