namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>
/// The stop-word rule excuses only what it says: the corpus the parity tests generate happens to draw no such query,
/// so without these cases a rule that excused too much (a phrase, a wildcard, one real word among stop words) would
/// go unnoticed until it hid a real difference.
/// </summary>
public sealed class StopWordsOnlyRuleTests
{
    [Theory]
    [InlineData("these")]
    [InlineData("title:such")]
    [InlineData("+into +then")]
    [InlineData("these OR such")]
    [InlineData("These")]
    public void A_query_of_stop_words_only_is_recognised(string query) =>
        Assert.True(StopWordsOnlyRule.HasOnlyStopWords(query));

    [Theory]
    [InlineData("war")]
    [InlineData("title:war such")]
    [InlineData("\"these\"")]
    [InlineData("\"such as\"")]
    [InlineData("the*")]
    [InlineData("such~1")]
    [InlineData("AND")]
    [InlineData("")]
    public void A_query_with_anything_else_is_not(string query) =>
        Assert.False(StopWordsOnlyRule.HasOnlyStopWords(query));

    [Fact]
    public void Only_a_reference_total_of_zero_is_excused()
    {
        var query = new ParityQuery("term-high-001", "these");
        Assert.True(StopWordsOnlyRule.Excuses(new QueryTotals(query, -1, "bad query", 0)));
        Assert.True(StopWordsOnlyRule.Excuses(new QueryTotals(query, 812, null, 0)));
        Assert.False(StopWordsOnlyRule.Excuses(new QueryTotals(query, -1, "bad query", 812)));
    }
}
