using Search.Core.Analysis;

namespace Search.Core.Tests.Copies;

/// <summary>What counts as the same text: signatures of bodies and fingerprints of comments.</summary>
public class CopyTextTests
{
    private static readonly string[] Body =
    [
        "Leaders gathered in Moscow this week to discuss what officials called the arrival of a multipolar world, in which no single power sets the rules.",
        "The foreign minister told reporters that the old order built around Washington was ending, and that new partnerships would shape trade for decades.",
        "Several delegations signed agreements on settling trade in national currencies, a step the ministry described as practical rather than symbolic.",
        "Critics in Europe said the summit produced more slogans than commitments, noting that most agreements repeat promises made two years ago.",
    ];

    private static double Similarity(IEnumerable<string> a, IEnumerable<string> b) =>
        CopySignature.Similarity(CopySignature.Of(a)!, CopySignature.Of(b)!);

    [Fact]
    public void The_same_body_in_another_order_of_paragraphs_or_another_case_and_punctuation_is_the_same()
    {
        Assert.Equal(1.0, Similarity(Body, Body.Reverse()));
        Assert.Equal(1.0, Similarity(Body, Body.Select(p => p.ToUpperInvariant().Replace(",", " --").Replace("'", "\u2019"))));
    }

    [Fact]
    public void A_prefix_and_a_footer_leave_a_copy_well_above_the_threshold()
    {
        string[] copy = ["Originally published by Kremlin Daily.", .. Body, "Republished with permission. Follow us on Telegram."];
        Assert.InRange(Similarity(Body, copy), 0.6, 1.0);
    }

    [Fact]
    public void A_body_quoting_one_paragraph_of_another_is_far_below_the_threshold()
    {
        string[] quoting =
        [
            "Every few months a summit announces that the multipolar world has arrived, and every few months the details are thin.",
            Body[1],
            "Yet the trade figures tell a more modest story: most contracts are still priced in dollars or euros, as they were before.",
            "Analysts in Riga argue that the phrase serves a domestic audience first, turning isolation into a choice and sanctions into strength.",
        ];
        Assert.InRange(Similarity(Body, quoting), 0, 0.35);
    }

    [Fact]
    public void A_body_shorter_than_the_minimum_has_no_signature()
    {
        Assert.Null(CopySignature.Of(["Video: the summit in ninety seconds."]));
        Assert.Null(CopySignature.Of([]));
        Assert.NotNull(CopySignature.Of([string.Join(' ', Enumerable.Repeat("word", CopySignature.MinWords))]));
    }

    [Fact]
    public void Comments_with_the_same_words_in_the_same_order_have_one_fingerprint()
    {
        var original = CommentFingerprint.Of("The West will never accept a multipolar world, it wants to rule alone.");
        Assert.NotNull(original);
        Assert.Equal(original, CommentFingerprint.Of("the west will NEVER accept a   multipolar world -- it wants to rule alone!"));
        Assert.Equal(original, CommentFingerprint.Of("\u201cThe West will never accept a multipolar world,\nit wants to rule alone\u201d"));
        Assert.NotEqual(original, CommentFingerprint.Of("The West will never accept a multipolar world, it wants to rule the seas."));
        Assert.NotEqual(original, CommentFingerprint.Of("The West will never accept a world multipolar, it wants to rule alone."));
    }

    [Theory]
    [InlineData("Thanks!")]
    [InlineData("+1")]
    [InlineData("So true, so very true.")]
    [InlineData("")]
    public void Comments_shorter_than_six_words_have_no_fingerprint(string text) => Assert.Null(CommentFingerprint.Of(text));
}
