using Search.Core.Errors;
using Search.Core.Querying;
using Search.Core.Tests.Querying;
using Xunit.Abstractions;

namespace Search.Core.Tests.Robustness;

/// <summary>100,000 hostile query strings: the engine answers or refuses each with a <see cref="QueryException"/>, nothing else.</summary>
[Trait("Category", "Slow")]
public class QueryFuzzTests(DefaultCorpusIndex index, ITestOutputHelper output) : IClassFixture<DefaultCorpusIndex>
{
    public const int Queries = 100_000;

    [Fact]
    public void No_generated_query_throws_anything_but_a_query_error()
    {
        var fuzzer = new QueryFuzzer(seed: 20261126);
        int answered = 0, refused = 0;
        for (var i = 0; i < Queries; i++)
        {
            var query = i % 5_000 == 0 ? fuzzer.Huge() : fuzzer.Next();
            try
            {
                index.Engine.Search(new SearchRequest(query, Limit: 3));
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
        }
        output.WriteLine($"{answered} answered, {refused} refused as bad queries");
        Assert.True(answered > Queries / 20 && refused > Queries / 20, $"the fuzzer should reach both outcomes: {answered} answered, {refused} refused");
    }

    private static string Escape(string s) =>
        string.Concat(s.Take(300).Select(c => c < 0x20 || c is >= '\ud800' and <= '\udfff' ? $"\\u{(int)c:x4}" : c.ToString()));
}
