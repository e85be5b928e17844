using Search.Core.Schema;

namespace Search.Core.Tests.Querying;

/// <summary>
/// A phrase finds a name with or without its possessive, curly or straight, in bodies, titles and comments.
/// Expected articles worked out by reading corpus/ (grep "Power’s", "Russia[’']s Foreign Policy", ...).
/// </summary>
public class PossessivePhraseTests(DefaultCorpusIndex index) : IClassFixture<DefaultCorpusIndex>
{
    [Theory]
    // 003's body: "the US UN ambassador Samantha Power’s revealing reaction" (curly apostrophe).
    [InlineData("\"Samantha Power\"", new[] { "003" })]
    [InlineData("\"Samantha Power's\"", new[] { "003" })]
    [InlineData("\"Samantha Power’s\"", new[] { "003" })]
    [InlineData("\"Samantha Power revealing reaction\"", new[] { "003" })]
    // 001's title and body say "Russia’s Foreign Policy" and "Russia's Foreign Policy" (straight), 003's body
    // "Russia’s foreign policy", 004's "Russia’s Foreign Policy Concept": every spelling of the query finds all three.
    [InlineData("\"Russia foreign policy\"", new[] { "001", "003", "004" })]
    [InlineData("\"Russia's foreign policy\"", new[] { "001", "003", "004" })]
    [InlineData("\"Russia’s foreign policy\"", new[] { "001", "003", "004" })]
    [InlineData("title:\"Russia foreign policy\"", new[] { "001" })]
    // 004 writes "The Kremlin's foreign policy is peaceful" with a straight apostrophe, no other page says it.
    [InlineData("\"Kremlin foreign policy\"", new[] { "004" })]
    [InlineData("\"Kremlin’s foreign policy\"", new[] { "004" })]
    [InlineData("\"Kremlin's foreign policy\"", new[] { "004" })]
    // 004's title and body: "Moscow’s New Foreign Policy Concept", "Moscow’s new foreign policy concept".
    [InlineData("\"Moscow new foreign policy concept\"", new[] { "004" })]
    // Plural possessives have no 's to drop: the tokenizer already leaves the apostrophe out.
    [InlineData("\"Samantha Powers\"", new string[0])]
    public void A_phrase_finds_the_name_with_and_without_its_possessive(string query, string[] expected)
    {
        Assert.Equal(expected, index.Ids(query));
    }

    [Theory]
    // Comments on 003: "You underestimate Putin’s strategic mind." and "Obama’s unrehearsed verbal diarrhea".
    [InlineData("\"Putin strategic mind\"", new[] { "003" })]
    [InlineData("\"Putin's strategic mind\"", new[] { "003" })]
    [InlineData("\"Obama unrehearsed\"", new[] { "003" })]
    // A comment on 002: "Putting Putin’s later morphings aside".
    [InlineData("\"Putin later morphings\"", new[] { "002" })]
    [InlineData("\"Putin’s later morphings\"", new[] { "002" })]
    public void A_phrase_finds_a_possessive_in_comment_text(string query, string[] expected)
    {
        Assert.Equal(expected, index.Ids(query, SearchScope.Comments));
        Assert.Equal(expected, index.Ids("comment:" + query));
    }

    [Fact]
    public void The_snippet_highlights_the_name_with_its_possessive()
    {
        var hit = Assert.Single(index.Search("\"Samantha Power\"").Hits);
        var body = Assert.Single(hit.Matches, m => m.In == MatchLocation.Body);
        Assert.Contains("<mark>Samantha Power’s</mark> revealing", body.Snippet.Marked(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_contraction_other_than_s_is_kept_whole()
    {
        // 002's comment: "I don’t know about the clue"; "don" alone is no word of the page.
        Assert.Equal(["002"], index.Ids("\"don't know about the clue\""));
        Assert.Empty(index.Ids("\"don know about the clue\""));
    }
}
