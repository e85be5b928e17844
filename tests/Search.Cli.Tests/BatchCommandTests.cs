using System.Globalization;
using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary><c>search batch</c>: every input form, every output format, errors inline, order kept under parallelism.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private readonly TempCorpus _workspace = new();

    public BatchCommandTests()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        File.Copy(RepositoryPaths.Fixture("narratives.txt"), _workspace.PathOf("narratives.txt"));
    }

    public void Dispose() => _workspace.Dispose();

    private CliRun Batch(params string[] args) => _workspace.Search(["batch", .. args]);

    [Fact]
    public void Jsonl_has_one_object_per_query_in_input_order_with_errors_inline_and_exit_2()
    {
        var run = Batch("narratives.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Error);
        Golden.AssertMatches("batch-narratives-jsonl", run.Out);
        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["q2", "hybrid", "mir", "q6", "7", "q8", "q9"], lines.Select(l => l.GetProperty("id").GetString()));
        // "comments" (the comments that match on their own) only where a line searches comment by comment.
        Assert.All(lines, l => Assert.Equal(["id", "query", "total", "hits", "error"], l.EnumerateObject().Select(p => p.Name).Where(n => n != "comments")));
        Assert.Equal(["7"], lines.Where(l => l.TryGetProperty("comments", out _)).Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("bad query: unclosed quote: the phrase that starts here has no closing \" (column 1)", lines[3].GetProperty("error").GetString());
        Assert.Equal("line 8: the JSON object has no \"query\" string", lines[5].GetProperty("error").GetString());
        Assert.Equal((1, 1), (lines[2].GetProperty("total").GetInt32(), lines[2].GetProperty("hits").GetArrayLength()));
        Assert.Equal("comment", lines[4].GetProperty("hits")[0].GetProperty("matches")[0].GetProperty("in").GetString());
    }

    [Fact]
    public void Tsv_and_trec_list_one_line_per_hit_and_report_errors_on_stderr()
    {
        var tsv = Batch("narratives.txt", "--format", "tsv");
        Assert.Equal(2, tsv.ExitCode);
        Golden.AssertMatches("batch-narratives-tsv", tsv.Out);
        Assert.Equal(
            ["search: q6: bad query: unclosed quote: the phrase that starts here has no closing \" (column 1)",
             "search: q8: line 8: the JSON object has no \"query\" string"],
            tsv.ErrorLines);

        var trec = Batch("narratives.txt", "--format", "trec", "--run-tag", "narr1");
        Assert.Equal(2, trec.ExitCode);
        Golden.AssertMatches("batch-narratives-trec", trec.Out);
        Assert.All(trec.OutLines, l =>
        {
            var f = l.Split(' ');
            Assert.Equal(6, f.Length);
            Assert.Equal(("Q0", "narr1"), (f[1], f[5]));
            Assert.True(int.Parse(f[3], CultureInfo.InvariantCulture) >= 1);
        });
    }

    [Fact]
    public void Limit_0_gives_totals_only()
    {
        var jsonl = Batch("narratives.txt", "--limit", "0");
        var totals = jsonl.OutLines.Select(l => JsonDocument.Parse(l).RootElement)
            .Select(l => (l.GetProperty("id").GetString(), l.GetProperty("total").GetInt32(), l.GetProperty("hits").GetArrayLength()));
        Assert.Equal([("q2", 4, 0), ("hybrid", 2, 0), ("mir", 1, 1), ("q6", 0, 0), ("7", 1, 0), ("q8", 0, 0), ("q9", 1, 0)], totals);

        var tsv = Batch("narratives.txt", "--limit", "0", "--format", "tsv");
        Assert.Equal(["query_id\ttotal", "q2\t4", "hybrid\t2", "mir\t1", "7\t1", "q9\t1"], tsv.OutLines);
    }

    [Fact]
    public void Queries_come_from_stdin_with_no_file_or_with_a_dash()
    {
        const string input = "\"multipolar world\"\nyeltsin\n";
        foreach (var args in new[] { new[] { "batch" }, new[] { "batch", "-" } })
        {
            var run = CliRun.InvokeWithInput(_workspace.Folder, input, [.. args, "--format", "tsv", "--limit", "0", "--corpus", _workspace.Corpus, "--index", _workspace.Index]);
            CliAssert.Succeeded(run);
            Assert.Equal(["query_id\ttotal", "q1\t4", "q2\t1"], run.OutLines);
        }
    }

    [Fact]
    public void Each_batch_result_is_exactly_what_query_json_prints_for_that_query()
    {
        var queries = File.ReadAllLines(_workspace.PathOf("narratives.txt"));
        var batch = Batch("narratives.txt", "--threads", "3").OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var answered = batch.Where(l => l.GetProperty("error").ValueKind == JsonValueKind.Null).ToList();
        // Were every query refused, the comparison below would compare nothing.
        Assert.NotEmpty(answered);
        foreach (var line in answered)
        {
            var id = line.GetProperty("id").GetString()!;
            string[] extra = id switch
            {
                "mir" => ["--limit", "1", "--in", "articles"],
                "7" => ["--in", "comments"],
                _ => [],
            };
            var single = _workspace.Search(["query", line.GetProperty("query").GetString()!, "--json", .. extra]);
            using var expected = JsonDocument.Parse(single.Out);
            Assert.Equal(expected.RootElement.GetProperty("total").GetInt32(), line.GetProperty("total").GetInt32());
            Assert.Equal(expected.RootElement.GetProperty("hits").GetRawText(), line.GetProperty("hits").GetRawText());
        }
        Assert.Equal(queries.Count(q => q.Trim().Length > 0 && !q.StartsWith('#')), batch.Count);
    }

    [Fact]
    public void Results_keep_input_order_whatever_the_number_of_threads()
    {
        string[] pool = ["\"multipolar world\"", "obama", "yeltsin OR ghaddafi", "author:kubianca", "sanction*", "\"hybrid war\"~2", "putin -obama", "nothingatall"];
        var lines = Enumerable.Range(1, 400).Select(i => $"id{i}\t{pool[i % pool.Length]}");
        File.WriteAllLines(_workspace.PathOf("many.tsv"), lines);
        var one = Batch("many.tsv", "--threads", "1");
        var four = Batch("many.tsv", "--threads", "4");
        CliAssert.Succeeded(four);
        Assert.Equal(Enumerable.Range(1, 400).Select(i => $"id{i}"),
            four.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal(one.Out, four.Out);
    }

    [Fact]
    public void An_unreadable_query_file_is_a_usage_error()
    {
        CliAssert.FailedWith(2, Batch("no-such-file.txt"));
    }
}
