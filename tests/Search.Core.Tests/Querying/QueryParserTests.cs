using Search.Core.Querying.Syntax;

namespace Search.Core.Tests.Querying;

/// <summary>
/// What each piece of the query syntax parses into, one case a line: the query, then its tree printed back as
/// syntax with a parenthesis around every group (see <see cref="QueryNode.ToString"/>).
/// </summary>
public class QueryParserTests
{
    [Theory]
    // Bare words are all required.
    [InlineData("multipolar world", "(multipolar world)")]
    // Quoted text is a phrase, with optional slop; typographic quotes quote too.
    [InlineData("\"multipolar world\"", "\"multipolar world\"")]
    [InlineData("\"hybrid war\"~3", "\"hybrid war\"~3")]
    [InlineData("“multipolar world”", "\"multipolar world\"")]
    [InlineData("\"hybrid war\"~0", "\"hybrid war\"")]
    // OR binds looser than the implicit AND, and a chain of ORs is one group.
    [InlineData("a b OR c", "((a b) OR c)")]
    [InlineData("a OR b c", "(a OR (b c))")]
    [InlineData("a OR b OR c", "(a OR b OR c)")]
    [InlineData("a AND b", "(a b)")]
    // - and NOT exclude; the tree keeps the required clauses, then the excluded ones.
    [InlineData("putin -obama", "(putin -obama)")]
    [InlineData("putin NOT obama", "(putin -obama)")]
    [InlineData("-obama putin", "(putin -obama)")]
    [InlineData("-multipolar", "(-multipolar)")]
    [InlineData("putin -\"hybrid war\" -(a OR b)", "(putin -\"hybrid war\" -(a OR b))")]
    // + requires, as a bare word does; a hyphen inside a word is part of it.
    [InlineData("+putin anti-Russian", "(putin anti-Russian)")]
    // Parentheses group.
    [InlineData("putin (obama OR lavrov)", "(putin (obama OR lavrov))")]
    [InlineData("(putin)", "putin")]
    [InlineData("a (b c)", "(a (b c))")]
    // Prefix, fuzzy (2 edits when the number is left out) and boost.
    [InlineData("multipol*", "multipol*")]
    [InlineData("multipolr~", "multipolr~2")]
    [InlineData("multipolr~1", "multipolr~1")]
    [InlineData("putin^2", "putin^2")]
    [InlineData("putin^1.5 \"hybrid war\"~2^3", "(putin^1.5 \"hybrid war\"~2^3)")]
    [InlineData("(a OR b)^2", "(a OR b)^2")]
    // A weight after a field clause weighs the clause; inside the field's parentheses, the word.
    [InlineData("title:putin^2 concept", "((title:putin)^2 concept)")]
    [InlineData("title:(putin^2)", "title:(putin^2)")]
    // Fields and ranges.
    [InlineData("title:putin", "title:putin")]
    [InlineData("TITLE:putin", "title:putin")]
    [InlineData("author:\"Tomko Kubianca\"", "author:\"Tomko Kubianca\"")]
    [InlineData("comment:(a OR b)", "comment:(a OR b)")]
    [InlineData("published:[2023-01-01 TO 2023-12-31]", "published:[2023-01-01 TO 2023-12-31]")]
    [InlineData("published:{2023-01-01 TO *]", "published:{2023-01-01 TO *]")]
    [InlineData("published:[* TO \"2023-12-31T10:00\"}", "published:[* TO \"2023-12-31T10:00\"}")]
    // Lower-case operators are words, and so is a number.
    [InlineData("war and peace", "(war and peace)")]
    [InlineData("10 x", "(10 x)")]
    // A backslash makes the next character part of the word; printed back, every such character keeps one.
    [InlineData("e\\:mail \\(x\\)", "(e\\:mail \\(x\\))")]
    [InlineData("\\-obama", "\\-obama")]
    [InlineData("\"say \\\"no\\\"\"", "\"say \\\"no\\\"\"")]
    public void Query_parses_into_the_tree_printed(string query, string tree) =>
        Assert.Equal(tree, QueryParser.Parse(query).ToString());

    // The printed tree leaves out where each node starts; error messages need it.
    [Fact]
    public void Nodes_keep_the_column_they_start_at()
    {
        Assert.Equal(new PhraseNode("multipolar world", 0, 1), QueryParser.Parse("\"multipolar world\""));
        Assert.Equal(new PhraseNode("hybrid war", 3, 1), QueryParser.Parse("\"hybrid war\"~3"));
        Assert.Equal(new PhraseNode("multipolar world", 0, 1), QueryParser.Parse("“multipolar world”"));
        Assert.Equal(new WordNode("c", false, null, 8), Assert.IsType<AnyNode>(QueryParser.Parse("a b OR c")).Alternatives[1]);
        Assert.Equal(new WordNode("multipol", true, null, 1), QueryParser.Parse("multipol*"));
        Assert.Equal(new WordNode("multipolr", false, 2, 1), QueryParser.Parse("multipolr~"));
        Assert.Equal(new WordNode("multipolr", false, 1, 1), QueryParser.Parse("multipolr~1"));
        Assert.Equal(new FieldNode("title", new WordNode("putin", false, null, 7), 1), QueryParser.Parse("title:putin"));
        Assert.Equal(new FieldNode("author", new PhraseNode("Tomko Kubianca", 0, 8), 1), QueryParser.Parse("author:\"Tomko Kubianca\""));
        Assert.Equal(new FieldNode("published", new RangeNode("2023-01-01", "2023-12-31", true, true, 11), 1),
            QueryParser.Parse("published:[2023-01-01 TO 2023-12-31]"));
        Assert.Equal(new FieldNode("published", new RangeNode("2023-01-01", null, false, true, 11), 1),
            QueryParser.Parse("published:{2023-01-01 TO *]"));
        Assert.Equal(new WordNode("10", false, null, 1), Assert.IsType<AllNode>(QueryParser.Parse("10 x")).Required[0]);
    }
}
