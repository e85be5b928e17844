using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Search.Cli.Output;

namespace Search.Cli.Tests;

/// <summary>
/// <c>search trend</c> over a fixture corpus of eight articles from January to May 2023 (none in March, two undated)
/// and their comments, some dated a month after their article and some not dated at all: every period shown, the
/// same numbers in every format, errors inline, bad options refused.
/// </summary>
public sealed class TrendCommandTests : IDisposable
{
    private readonly TempCorpus _workspace = new(copyDefaultCorpus: false);

    public TrendCommandTests()
    {
        File.Copy(RepositoryPaths.Fixture("trend", "news.jsonl"), Path.Combine(_workspace.Corpus, "news.jsonl"));
        File.Copy(RepositoryPaths.Fixture("trend", "narratives.txt"), _workspace.PathOf("narratives.txt"));
        CliAssert.Succeeded(_workspace.Search("index"));
    }

    public void Dispose() => _workspace.Dispose();

    private CliRun Trend(params string[] args) => _workspace.Search(["trend", .. args]);

    [Fact]
    public void The_readme_trend_of_the_default_corpus_shows_its_one_dated_month_and_undated()
    {
        using var seed = new TempCorpus();

        var run = seed.Search("trend", "\"multipolar world\"");

        Assert.Equal(0, run.ExitCode);
        Golden.AssertMatches("trend-multipolar-world", run.Out);
    }

    [Fact]
    public void Text_output_shows_a_table_and_bars_per_narrative_and_unit_with_a_failed_line_inline()
    {
        var run = Trend("--narratives", "narratives.txt", "--unit", "articles,comments,occurrences");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Error);
        Golden.AssertMatches("trend-narratives-text", run.Out);
    }

    [Fact]
    public void Tsv_has_the_six_columns_and_csv_and_jsonl_hold_the_same_numbers()
    {
        string[] args = ["--narratives", "narratives.txt", "--unit", "articles,comments,occurrences"];
        var tsv = Trend([.. args, "--format", "tsv"]);
        var csv = Trend([.. args, "--format", "csv"]);
        var jsonl = Trend([.. args, "--format", "jsonl"]);

        Golden.AssertMatches("trend-narratives-tsv", tsv.Out);
        Assert.Equal((2, 2, 2), (tsv.ExitCode, csv.ExitCode, jsonl.ExitCode));
        Assert.Equal(["search: q4: bad query: unclosed quote: the phrase that starts here has no closing \" (column 1)"], tsv.ErrorLines);
        Assert.Equal("narrative\tperiod\tunit\tcount\ttotal\tratio", tsv.OutLines[0]);
        Assert.Equal("narrative,period,unit,count,total,ratio", csv.OutLines[0]);
        var fromTsv = tsv.OutLines.Skip(1).Select(l => Row(l.Split('\t'))).ToList();
        var fromCsv = csv.OutLines.Skip(1).Select(l => Row(l.Split(','))).ToList();
        var objects = jsonl.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var fromJsonl = objects.Skip(1).Where(o => !o.TryGetProperty("error", out _)).Select(Row).ToList();
        Assert.Equal(3 * 6 * 3, fromTsv.Count);
        Assert.Equal(fromTsv, fromCsv);
        Assert.Equal(fromTsv, fromJsonl);
        Assert.Equal("bad query: unclosed quote: the phrase that starts here has no closing \" (column 1)",
            objects.Single(o => o.TryGetProperty("error", out _)).GetProperty("error").GetString());
    }

    [Fact]
    public void The_text_tables_hold_the_numbers_of_the_tsv()
    {
        string[] args = ["--narratives", "narratives.txt", "--unit", "articles,comments,occurrences"];
        var text = Trend(args);
        var tsv = Trend([.. args, "--format", "tsv"]);

        // Each table: the narrative, a caption that starts with the unit, a header, then period, match, all.
        var fromText = new List<string>();
        foreach (var table in text.Out.ReplaceLineEndings("\n").Split("\n\n").Select(t => t.Split('\n', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (table[1].StartsWith("error:", StringComparison.Ordinal))
            {
                continue;
            }
            var narrative = table[0].Split(':')[0];
            var unit = table[1].Split(' ')[0];
            foreach (var cells in table.Skip(3).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                var total = unit == "occurrences" ? "" : cells[2].Replace(",", "", StringComparison.Ordinal);
                fromText.Add($"{narrative}|{cells[0]}|{unit}|{cells[1].Replace(",", "", StringComparison.Ordinal)}|{total}");
            }
        }
        var fromTsv = tsv.OutLines.Skip(1).Select(l => l.Split('\t')).Select(c => $"{c[0]}|{c[1]}|{c[2]}|{c[3]}|{c[4]}");
        Assert.Equal(fromTsv.Order(StringComparer.Ordinal), fromText.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Jsonl_starts_with_how_the_table_was_made()
    {
        var run = Trend("multipolar", "world", "--by", "quarter", "--format", "jsonl", "--in", "comments");

        CliAssert.Succeeded(run);
        var trend = JsonDocument.Parse(run.OutLines[0]).RootElement.GetProperty("trend");
        Assert.Equal(["queries", "scope", "syntax", "units", "period", "collapse", "translit", "from", "to", "index", "corpus", "indexed_at", "schema", "schema_version", "ran_at"],
            trend.EnumerateObject().Select(p => p.Name));
        Assert.Equal("multipolar world", trend.GetProperty("queries")[0].GetProperty("query").GetString());
        Assert.Equal(("comments", "quarter", "index"), (trend.GetProperty("scope").GetString(), trend.GetProperty("period").GetString(), trend.GetProperty("index").GetString()));
        Assert.Equal(["articles", "comments"], trend.GetProperty("units").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(("2023-01-10", "2023-05-06"), (trend.GetProperty("from").GetString(), trend.GetProperty("to").GetString()));
        Assert.Equal(10, trend.GetProperty("schema_version").GetInt32());
        Assert.True(DateTimeOffset.TryParse(trend.GetProperty("ran_at").GetString(), CultureInfo.InvariantCulture, out _));
        Assert.Equal(["2023-Q1", "2023-Q1", "2023-Q2", "2023-Q2", "undated", "undated"],
            run.OutLines.Skip(1).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("period").GetString()));
    }

    [Fact]
    public void Every_month_from_the_first_date_to_the_last_is_present_and_empty_ones_have_no_ratio()
    {
        var run = Trend("\"hybrid war\"", "--format", "tsv");

        CliAssert.Succeeded(run);
        Assert.Equal(
            ["2023-01 articles 2 2 1", "2023-01 comments 0 2 0",
             "2023-02 articles 0 1 0", "2023-02 comments 1 3 0.3333333333333333",
             "2023-03 articles 0 0 ", "2023-03 comments 0 0 ",
             "2023-04 articles 0 2 0", "2023-04 comments 0 0 ",
             "2023-05 articles 0 1 0", "2023-05 comments 0 2 0",
             "undated articles 0 2 0", "undated comments 0 1 0"],
            run.OutLines.Skip(1).Select(l => string.Join(' ', l.Split('\t').Skip(1))));
    }

    [Fact]
    public void From_and_to_take_years_months_and_days_and_keep_undated()
    {
        var run = Trend("\"multipolar world\"", "--format", "tsv", "--by", "day", "--from", "2023-04", "--to", "2023-04-05", "--unit", "articles");

        CliAssert.Succeeded(run);
        var rows = run.OutLines.Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal([.. Enumerable.Range(1, 5).Select(d => $"2023-04-{d:D2}"), "undated"], rows.Select(r => r[1]));
        Assert.Equal(["0", "0", "1", "0", "0", "1"], rows.Select(r => r[3]));
    }

    [Theory]
    [InlineData("--by fortnight", "'fortnight'")]
    [InlineData("--unit words", "--unit words")]
    [InlineData("--from 2023-13", "--from 2023-13")]
    [InlineData("--to yesterday", "--to yesterday")]
    [InlineData("--from 2024 --to 2023", "--from 2024 is after --to 2023")]
    [InlineData("--format xml", "'xml'")]
    public void A_bad_option_exits_2_with_one_line_naming_it(string options, string named)
    {
        var run = _workspace.Search(["trend", "multipolar", .. options.Split(' ')]);

        CliAssert.FailedWith(2, run);
        Assert.Contains(named, run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_a_query_nor_a_narratives_file_is_a_usage_error()
    {
        CliAssert.FailedWith(2, Trend());
        CliAssert.FailedWith(2, Trend("multipolar", "--narratives", "narratives.txt"));
        CliAssert.FailedWith(2, Trend("--narratives", "no-such-file.txt"));
    }

    [Fact]
    public void An_index_where_nothing_has_a_date_gives_the_undated_period_only_and_says_so()
    {
        using var undated = new TempCorpus(copyDefaultCorpus: false);
        undated.Write("corpus/a.jsonl", "{\"id\": \"u1\", \"title\": \"Multipolar world\", \"body\": \"Text.\", \"comments\": [{\"id\": \"c1\", \"body\": \"A multipolar world.\"}]}\n");

        var run = undated.Search("trend", "\"multipolar world\"", "--format", "tsv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["undated\tarticles\t1\t1\t1", "undated\tcomments\t1\t1\t1"], run.OutLines.Skip(1).Select(l => l[(l.IndexOf('\t') + 1)..]));
        Assert.Contains("search: note: nothing in the index has a date: every article and comment is counted under undated", run.ErrorLines);
    }

    [Fact]
    public void Plot_draws_one_line_per_counted_narrative_beside_the_table()
    {
        var run = Trend("--narratives", "narratives.txt", "--format", "tsv", "--plot", "chart.svg");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(1 + 3 * 6 * 2, run.OutLines.Length);
        var strokes = XDocument.Load(_workspace.PathOf("chart.svg")).Descendants()
            .Select(e => (string?)e.Attribute("stroke")).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Three narratives were counted (the fourth failed): three series colours, and no fourth.
        Assert.All(Enumerable.Range(0, 3), i => Assert.Contains(TrendChart.SeriesColor(i).ToHex(), strokes));
        Assert.DoesNotContain(TrendChart.SeriesColor(3).ToHex(), strokes);
    }

    [Theory]
    [InlineData("chart.txt", ".svg or .png")]
    [InlineData("no-such-folder/chart.png", "does not exist")]
    public void A_plot_path_that_cannot_be_a_chart_is_refused_before_counting(string path, string said)
    {
        var run = Trend("multipolar", "--plot", path);

        CliAssert.FailedWith(2, run);
        Assert.Contains(said, run.ErrorLines[0], StringComparison.Ordinal);
        Assert.False(File.Exists(_workspace.PathOf(path)));
    }

    [Fact]
    public void A_chart_that_cannot_be_written_exits_2_and_leaves_nothing_behind()
    {
        // A folder where the chart should go: the last step, moving the finished chart into place, fails.
        Directory.CreateDirectory(_workspace.PathOf("taken.png"));

        var run = Trend("multipolar", "--format", "tsv", "--plot", "taken.png");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("search: --plot taken.png: the chart could not be written", run.Error, StringComparison.Ordinal);
        Assert.Equal(["corpus", "index", "narratives.txt", "taken.png"], Directory.EnumerateFileSystemEntries(_workspace.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workspace.PathOf("taken.png")));
    }

    private static string Row(string[] columns) => string.Join('|', columns);

    private static string Row(JsonElement o)
    {
        var inv = CultureInfo.InvariantCulture;
        string Value(string name) => o.GetProperty(name).ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.Number => o.GetProperty(name).GetDouble().ToString("R", inv),
            _ => o.GetProperty(name).GetString()!,
        };
        return string.Join('|', Value("narrative"), Value("period"), Value("unit"), Value("count"), Value("total"), Value("ratio"));
    }
}
