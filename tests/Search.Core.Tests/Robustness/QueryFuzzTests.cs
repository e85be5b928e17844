using Search.Core.Errors;
using Search.Core.Querying;
using Search.Core.Tests.Querying;
using Xunit.Abstractions;

namespace Search.Core.Tests.Robustness;

/// <summary>
/// 100,000 hostile query strings (25,000 in Lucene's syntax): the engine answers or refuses each with a <see cref="QueryException"/>
/// of one line, nothing else (Lucene's parser throws its own exceptions, and recurses on nesting).
/// </summary>
[Trait("Category", "Slow")]
public class QueryFuzzTests(DefaultCorpusIndex index, ITestOutputHelper output) : IClassFixture<DefaultCorpusIndex>
{
    public const int Queries = 100_000;

    // Lucene's syntax refuses less at the lexer and expands every wildcard it reads, so a query costs it about four
    // times as much: a quarter as many queries reach every piece of the fuzzer thousands of times in the same time.
    [Theory]
    [InlineData(QuerySyntax.Default, Queries)]
    [InlineData(QuerySyntax.Lucene, Queries / 4)]
    public void No_generated_query_throws_anything_but_a_query_error(QuerySyntax syntax, int queries)
    {
        var fuzzer = new QueryFuzzer(seed: 20261126);
        int answered = 0, refused = 0;
        var slowest = new List<(double Ms, string Query)>();
        for (var i = 0; i < queries; i++)
        {
            var query = i % 5_000 == 0 ? fuzzer.Huge() : fuzzer.Next();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                index.Engine.Search(new SearchRequest(query, Limit: 3, Syntax: syntax));
                answered++;
            }
            catch (QueryException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
                Assert.DoesNotContain('\n', e.Message);
                refused++;
            }
            catch (Exception e)
            {
                Assert.Fail($"query #{i} threw {e.GetType().Name}: {e.Message}\nquery: {Escape(query)}");
            }
            slowest.Add((System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, query));
            if (slowest.Count > 20)
            {
                slowest = [.. slowest.OrderByDescending(s => s.Ms).Take(10)];
            }
        }
        output.WriteLine($"{answered} answered, {refused} refused as bad queries; the slowest (not a limit, for whoever makes this run faster):");
        foreach (var (ms, query) in slowest.OrderByDescending(s => s.Ms).Take(5))
        {
            output.WriteLine($"  {ms:0.0} ms  {Escape(query)[..Math.Min(120, Escape(query).Length)]}");
        }
        Assert.True(answered > queries / 20 && refused > queries / 20, $"the fuzzer should reach both outcomes: {answered} answered, {refused} refused");
    }

    private static string Escape(string s) =>
        string.Concat(s.Take(300).Select(c => c < 0x20 || c is >= '\ud800' and <= '\udfff' ? $"\\u{(int)c:x4}" : c.ToString()));
}
