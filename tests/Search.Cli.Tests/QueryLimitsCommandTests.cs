namespace Search.Cli.Tests;

/// <summary>
/// The README's query limits through a whole <c>search query</c> run: at most 256 words and phrases and 16 prefix or
/// fuzzy words. A query past a limit exits 2 with one <c>search: bad query:</c> line and nothing on stdout; one at the
/// limit is answered. The numbers are written out rather than read from the parser's constants, so the test fails
/// when the code drifts from what the README promises.
/// </summary>
public sealed class QueryLimitsCommandTests : IDisposable
{
    // Every copy matches the same four articles, so a query of any length that is accepted has hits (exit 0).
    private const string Word = "multipolar";
    private const string Phrase = "\"multipolar world\"";

    private readonly TempCorpus _workspace = new();

    public QueryLimitsCommandTests() => CliAssert.Succeeded(_workspace.Search("index"));

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_query_of_256_words_and_phrases_is_answered()
    {
        var run = _workspace.Search("query", string.Join(' ', WordsAndPhrases(256)));
        CliAssert.Succeeded(run);
        Assert.NotEmpty(run.OutLines);
    }

    [Fact]
    public void A_query_of_257_words_is_refused_with_exit_2()
    {
        var terms = Enumerable.Repeat(Word, 257).ToArray();
        AssertRefused(terms, "the query has more than 256 words and phrases; split it into several (search batch runs many at once)");
    }

    [Fact]
    public void A_query_of_257_words_and_phrases_is_refused_with_exit_2()
    {
        AssertRefused(WordsAndPhrases(257), "the query has more than 256 words and phrases; split it into several (search batch runs many at once)");
    }

    [Fact]
    public void A_query_of_16_prefix_and_fuzzy_words_is_answered()
    {
        var run = _workspace.Search("query", string.Join(' ', PrefixAndFuzzy(16)));
        CliAssert.Succeeded(run);
        Assert.NotEmpty(run.OutLines);
    }

    [Fact]
    public void A_query_of_17_prefix_and_fuzzy_words_is_refused_with_exit_2()
    {
        AssertRefused(PrefixAndFuzzy(17), "the query has more than 16 prefix (*) or fuzzy (~) words; use fewer");
    }

    // The query is one argument, its terms separated by spaces; the parser points at the last term, the one past the limit.
    private void AssertRefused(string[] terms, string reason)
    {
        var column = string.Join(' ', terms[..^1]).Length + 2;
        var run = _workspace.Search("query", string.Join(' ', terms));
        CliAssert.FailedWith(2, run);
        Assert.Equal([$"search: bad query: {reason} (column {column})"], run.ErrorLines);
    }

    // Words and phrases in turn, so both count towards the one limit.
    private static string[] WordsAndPhrases(int count) =>
        Enumerable.Range(0, count).Select(i => i % 2 == 0 ? Word : Phrase).ToArray();

    // Prefix and fuzzy words in turn, so both count towards the one limit.
    private static string[] PrefixAndFuzzy(int count) =>
        Enumerable.Range(0, count).Select(i => i % 2 == 0 ? "multipol*" : "multipolr~1").ToArray();
}
