using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary>
/// <c>--syntax lucene</c> and stop-word-only queries through <c>query</c> and <c>batch</c>: what a user types, the
/// exit code and the one stderr line they see.
/// </summary>
public sealed class QuerySyntaxCommandTests : IDisposable
{
    private const string TheseNote = "note: \"these\" is a stop word, which bare-word search skips: searched as written instead, not stemmed";
    private readonly TempCorpus _workspace = new();

    public QuerySyntaxCommandTests() => CliAssert.Succeeded(_workspace.Search("index"));

    public void Dispose() => _workspace.Dispose();

    private CliRun Query(params string[] args) => _workspace.Search(["query", .. args]);

    private static string[] Ids(CliRun tsv) => [.. tsv.OutLines.Select(l => l.Split('\t')[1][..3]).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_stop_word_query_is_answered_with_one_note_and_exit_0()
    {
        var run = Query("these", "--format", "tsv");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["search: " + TheseNote], run.ErrorLines);
        Assert.Equal(["000", "002", "003", "004"], Ids(run));

        var none = Query("title:such");
        Assert.Equal(1, none.ExitCode);
        Assert.Single(none.ErrorLines);
    }

    [Fact]
    public void Lucene_syntax_reads_its_operators_and_our_syntax_keeps_its_own()
    {
        var lucene = Query("--syntax", "lucene", "multipolar && !obama", "--format", "tsv");
        Assert.Equal(0, lucene.ExitCode);
        Assert.Equal(["000", "002", "004"], Ids(lucene));
        Assert.Empty(lucene.Error);
        // One query, each syntax's precedence: ours is (yeltsin multipolar) OR obama, 002 or 003; Lucene's needs
        // yeltsin (002) and only scores the other two.
        Assert.Equal(["002", "003"], Ids(Query("yeltsin multipolar OR obama", "--format", "tsv")));
        Assert.Equal(["002"], Ids(Query("--syntax", "lucene", "yeltsin multipolar OR obama", "--format", "tsv")));
        Assert.Equal(["002", "003"], Ids(Query("--syntax", "lucene", "yeltsin OR ghaddafi", "--format", "tsv")));
    }

    [Theory]
    [InlineData("multipolar AND", "AND has nothing after it (column 12)")]
    [InlineData("(multipolar world", "( has no matching ) (column 1)")]
    [InlineData("\"multipolar world", "unclosed quote: the phrase that starts here has no closing \" (column 1)")]
    [InlineData("AND multipolar", "unexpected AND (column 1)")]
    [InlineData("*polar", "* or ? cannot start a word (it would read every word of the index) (column 1)")]
    [InlineData("headline:putin", "unknown field headline: (known fields: id:, title:, body:, comment:, author:, byline:, source:, published:) (column 1)")]
    [InlineData("/[a/", "not a regular expression: expected ']' at position 2 (column 1)")]
    public void A_malformed_lucene_query_is_one_line_with_a_column_and_exit_2(string query, string message)
    {
        var run = Query("--syntax", "lucene", query);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["search: bad query: " + message], run.ErrorLines);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void An_unknown_syntax_is_a_usage_error()
    {
        var run = Query("--syntax", "solr", "putin");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("solr", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_answers_stop_word_queries_and_takes_the_syntax_per_line()
    {
        File.WriteAllLines(_workspace.PathOf("queries.txt"),
        [
            "these",
            "such\ttitle:such",
            """{"id": "luc", "query": "multipol?r && !obama", "syntax": "lucene"}""",
            """{"id": "ours", "query": "multipol?r"}""",
        ]);
        var run = _workspace.Search("batch", "queries.txt", "--limit", "0", "--format", "tsv");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["search: q1: " + TheseNote, "search: such: note: \"such\" is a stop word, which bare-word search skips: searched as written instead, not stemmed",
             "search: ours: note: \"multipol?r\" is Lucene's syntax (? inside a word, /regex/, !), which the default syntax reads as punctuation; use --syntax lucene for it"],
            run.ErrorLines);
        // "multipol?r" in our syntax is the word "multipol" and "r" as a phrase: in no article.
        Assert.Equal(["query_id\ttotal", "q1\t4", "such\t0", "luc\t3", "ours\t0"], run.OutLines);

        var syntaxAll = _workspace.Search("batch", "queries.txt", "--limit", "0", "--format", "tsv", "--syntax", "lucene");
        Assert.Equal(["query_id\ttotal", "q1\t4", "such\t0", "luc\t3", "ours\t4"], syntaxAll.OutLines);
    }

    [Fact]
    public void A_batch_line_with_an_unknown_syntax_is_a_bad_line_not_a_stop()
    {
        File.WriteAllLines(_workspace.PathOf("queries.txt"), ["""{"id": "x", "query": "putin", "syntax": "java"}""", "putin"]);
        var run = _workspace.Search("batch", "queries.txt", "--limit", "0");
        Assert.Equal(2, run.ExitCode);
        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("line 1: \"syntax\" must be \"default\" or \"lucene\"", lines[0].GetProperty("error").GetString());
        Assert.Equal(5, lines[1].GetProperty("total").GetInt32());
    }
}
