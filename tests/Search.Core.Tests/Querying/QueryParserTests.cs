using Search.Core.Querying.Syntax;

namespace Search.Core.Tests.Querying;

/// <summary>What each piece of the query syntax parses into.</summary>
public class QueryParserTests
{
    [Fact]
    public void Bare_words_are_all_required()
    {
        var all = Assert.IsType<AllNode>(QueryParser.Parse("multipolar world"));
        Assert.Equal(["multipolar", "world"], all.Required.Cast<WordNode>().Select(w => w.Text));
        Assert.Empty(all.Excluded);
    }

    [Fact]
    public void Quoted_text_is_a_phrase_with_optional_slop()
    {
        Assert.Equal(new PhraseNode("multipolar world", 0, 1), QueryParser.Parse("\"multipolar world\""));
        Assert.Equal(new PhraseNode("hybrid war", 3, 1), QueryParser.Parse("\"hybrid war\"~3"));
        Assert.Equal(new PhraseNode("multipolar world", 0, 1), QueryParser.Parse("“multipolar world”"));
    }

    [Fact]
    public void Or_binds_looser_than_the_implicit_and()
    {
        var any = Assert.IsType<AnyNode>(QueryParser.Parse("a b OR c"));
        Assert.IsType<AllNode>(any.Alternatives[0]);
        Assert.Equal(new WordNode("c", false, null, 8), any.Alternatives[1]);
    }

    [Theory]
    [InlineData("putin -obama")]
    [InlineData("putin NOT obama")]
    public void Minus_and_not_exclude(string query)
    {
        var all = Assert.IsType<AllNode>(QueryParser.Parse(query));
        Assert.Equal("putin", Assert.IsType<WordNode>(Assert.Single(all.Required)).Text);
        Assert.Equal("obama", Assert.IsType<WordNode>(Assert.Single(all.Excluded)).Text);
    }

    [Fact]
    public void Plus_requires_and_a_hyphen_inside_a_word_is_part_of_it()
    {
        var all = Assert.IsType<AllNode>(QueryParser.Parse("+putin anti-Russian"));
        Assert.Equal(["putin", "anti-Russian"], all.Required.Cast<WordNode>().Select(w => w.Text));
    }

    [Fact]
    public void Parentheses_group()
    {
        var all = Assert.IsType<AllNode>(QueryParser.Parse("putin (obama OR lavrov)"));
        Assert.IsType<AnyNode>(all.Required[1]);
    }

    [Fact]
    public void Prefix_fuzzy_and_boost()
    {
        Assert.Equal(new WordNode("multipol", true, null, 1), QueryParser.Parse("multipol*"));
        Assert.Equal(new WordNode("multipolr", false, 2, 1), QueryParser.Parse("multipolr~"));
        Assert.Equal(new WordNode("multipolr", false, 1, 1), QueryParser.Parse("multipolr~1"));
        var boost = Assert.IsType<BoostNode>(QueryParser.Parse("putin^2"));
        Assert.Equal(2f, boost.Boost);
    }

    [Fact]
    public void Fields_and_ranges()
    {
        Assert.Equal(new FieldNode("title", new WordNode("putin", false, null, 7), 1), QueryParser.Parse("title:putin"));
        Assert.Equal(new FieldNode("author", new PhraseNode("Tomko Kubianca", 0, 8), 1), QueryParser.Parse("author:\"Tomko Kubianca\""));
        Assert.Equal(new FieldNode("published", new RangeNode("2023-01-01", "2023-12-31", true, true, 11), 1),
            QueryParser.Parse("published:[2023-01-01 TO 2023-12-31]"));
        Assert.Equal(new FieldNode("published", new RangeNode("2023-01-01", null, false, true, 11), 1),
            QueryParser.Parse("published:{2023-01-01 TO *]"));
    }

    [Fact]
    public void Lower_case_operators_are_words_and_a_colon_in_a_number_is_no_field()
    {
        var all = Assert.IsType<AllNode>(QueryParser.Parse("war and peace"));
        Assert.Equal(3, all.Required.Count);
        Assert.Equal(new WordNode("10", false, null, 1), Assert.IsType<AllNode>(QueryParser.Parse("10 x")).Required[0]);
    }
}
