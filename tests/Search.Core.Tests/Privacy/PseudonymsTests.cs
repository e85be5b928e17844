using System.Text.RegularExpressions;
using Search.Core.Corpus;
using Search.Core.Privacy;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Core.Tests.Privacy;

/// <summary>
/// A commenter's name becomes a token: one name (however the page spells it) one token under one salt, another salt
/// other tokens, no name no token; bylines and text stay as they are.
/// </summary>
public partial class PseudonymsTests
{
    private static readonly Pseudonyms S1 = new("s1");

    [Theory]
    // Computed apart from this code: Python's hmac.new(salt.encode(), key.encode(), hashlib.sha256).hexdigest()[:12]
    // over the folded name ("tomko kubianca", "robert mcmaster", "o'brien", "zo\u00eb").
    [InlineData("s1", "Tomko Kubianca", "u-61df87a38933")]
    [InlineData("s2", "Tomko Kubianca", "u-ad1d6c6b7bbb")]
    [InlineData("s1", "Robert McMaster", "u-f643d6237f50")]
    [InlineData("s1", "O\u2019Brien", "u-5613a0331718")]
    [InlineData("s1", "Zo\u00EB", "u-ea7d4206d9ee")]
    public void A_token_is_u_and_12_hex_digits_of_the_hmac_of_the_folded_name(string salt, string name, string token)
    {
        Assert.Equal(token, new Pseudonyms(salt).Of(name));
    }

    [Theory]
    [InlineData("tomko kubianca")]
    [InlineData("TOMKO KUBIANCA")]
    [InlineData("  Tomko \t Kubianca\n")]
    [InlineData("Tomko\u00A0Kubianca")]
    public void The_spellings_of_one_name_share_its_token(string spelling)
    {
        Assert.Equal(S1.Of("Tomko Kubianca"), S1.Of(spelling));
    }

    [Fact]
    public void Curly_and_straight_quotes_share_a_token()
    {
        Assert.Equal(S1.Of("O'Brien"), S1.Of("O\u2019Brien"));
        Assert.Equal(S1.Of("Tomko \"TK\" Kubianca"), S1.Of("Tomko \u201CTK\u201D Kubianca"));
    }

    [Fact]
    public void Another_salt_gives_another_token_and_the_same_salt_the_same()
    {
        var again = new Pseudonyms("s1");
        var other = new Pseudonyms("s2");

        Assert.Equal(S1.Of("Tomko Kubianca"), again.Of("Tomko Kubianca"));
        Assert.NotEqual(S1.Of("Tomko Kubianca"), other.Of("Tomko Kubianca"));
    }

    [Fact]
    public void Two_names_get_two_tokens()
    {
        Assert.NotEqual(S1.Of("Tomko Kubianca"), S1.Of("Robert McMaster"));
        // Only typography, case and spacing are folded: a name with one letter more is another name.
        Assert.NotEqual(S1.Of("Tomko Kubianca"), S1.Of("Tomko Kubiancas"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void No_name_gets_no_token(string? name)
    {
        Assert.Null(S1.Of(name));
    }

    [Theory]
    [InlineData("Tomko Kubianca")]
    [InlineData("x")]
    [InlineData("Игорь Очочинский")]
    [InlineData("🦊")]
    public void Every_token_has_the_same_shape(string name)
    {
        Assert.Matches(TokenShape(), S1.Of(name));
    }

    [Fact]
    public void An_article_keeps_its_byline_ids_and_text_and_its_commenters_become_tokens()
    {
        var article = new Article("a1", "A title", "Site", null, "2023-04-01", "The body names Tomko Kubianca.",
            [
                new Comment("c1", null, 0, "Tomko Kubianca", "2023-04-02", "First."),
                new Comment("c2", "c1", 1, null, null, "Anonymous reply mentioning Robert McMaster."),
                new Comment("c3", "c1", 1, "TOMKO  KUBIANCA", null, "Again."),
            ],
            Author: "Jane Byline");

        var applied = S1.Apply(article);

        Assert.Equal(["u-61df87a38933", null, "u-61df87a38933"], applied.Comments.Select(c => c.Author));
        Assert.Equal("Jane Byline", applied.Author);
        Assert.Equal(
            (article.Id, article.Title, article.Source, article.Url, article.Published, article.Body),
            (applied.Id, applied.Title, applied.Source, applied.Url, applied.Published, applied.Body));
        Assert.Equal(
            article.Comments.Select(c => (c.Id, c.ParentId, c.Depth, c.Published, c.Body)),
            applied.Comments.Select(c => (c.Id, c.ParentId, c.Depth, c.Published, c.Body)));
    }

    [Fact]
    public void A_comment_match_gets_the_token_its_article_gives_and_a_title_match_stays()
    {
        var snippet = new Snippet("Multipolar again.", [new Highlight(0, 10)]);
        var comment = new HitMatch(MatchLocation.Comment, "c1", "Tomko Kubianca", snippet);
        var title = new HitMatch(MatchLocation.Title, null, null, snippet);

        Assert.Equal(comment with { Author = "u-61df87a38933" }, S1.Apply(comment));
        Assert.Same(title, S1.Apply(title));
    }

    [Fact]
    public void A_random_salt_is_32_hex_digits_and_new_each_time()
    {
        var first = Pseudonyms.RandomSalt();
        var second = Pseudonyms.RandomSalt();

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.NotEqual(first, second);
    }

    [GeneratedRegex("^u-[0-9a-f]{12}$")]
    private static partial Regex TokenShape();
}
