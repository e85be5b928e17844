using Search.Core.Snippets;

namespace Search.Core.Tests.Snippets;

/// <summary>A snippet is one readable line: cut at words, marked where the query matched.</summary>
public class SnippetBuilderTests
{
    private static TextSpan Span(string text, string word, int unit = 0)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return new TextSpan(at, at + word.Length, unit);
    }

    [Fact]
    public void A_paragraph_break_inside_a_snippet_reads_as_one_space_and_highlights_stay_on_their_words()
    {
        const string text = "First paragraph ends here.\n\nSecond one names Obama.";
        var snippet = SnippetBuilder.Build(text, [Span(text, "Obama")]);
        Assert.Equal("First paragraph ends here. Second one names <mark>Obama</mark>.", snippet.Marked());
    }

    [Fact]
    public void A_long_text_is_cut_at_word_boundaries_around_the_best_passage()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler words here.", 40)) + " The multipolar world appears. " +
            string.Join(' ', Enumerable.Repeat("more filler text.", 40));
        var snippet = SnippetBuilder.Build(text, [Span(text, "multipolar world")]);
        Assert.StartsWith("... ", snippet.Text, StringComparison.Ordinal);
        Assert.EndsWith(" ...", snippet.Text, StringComparison.Ordinal);
        Assert.Contains("<mark>multipolar world</mark>", snippet.Marked(), StringComparison.Ordinal);
        Assert.InRange(snippet.Text.Length, 100, 260);
        Assert.DoesNotContain("  ", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_passage_showing_the_most_different_words_wins()
    {
        var text = "Hybrid here. " + new string('x', 300) + " Then hybrid war together.";
        var snippet = SnippetBuilder.Build(text, [Span(text, "Hybrid"), new TextSpan(text.LastIndexOf("hybrid", StringComparison.Ordinal), text.LastIndexOf("hybrid", StringComparison.Ordinal) + 6, 0), Span(text, "war", 1)]);
        Assert.Contains("<mark>hybrid</mark> <mark>war</mark>", snippet.Marked(), StringComparison.Ordinal);
    }
}
