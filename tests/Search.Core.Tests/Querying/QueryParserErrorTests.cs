using Search.Core.Errors;
using Search.Core.Querying.Syntax;

namespace Search.Core.Tests.Querying;

/// <summary>Every malformed query is one plain line that says what is wrong and at which column.</summary>
public class QueryParserErrorTests
{
    [Theory]
    [InlineData("\"multipolar world", "unclosed quote: the phrase that starts here has no closing \" (column 1)")]
    [InlineData("(multipolar world", "( is never closed (column 1)")]
    [InlineData("multipolar world)", ") has no matching ( (column 17)")]
    [InlineData("multipolar AND", "AND has nothing after it (column 12)")]
    [InlineData("AND world", "AND has nothing before it (column 1)")]
    [InlineData("OR world", "OR has nothing before it (column 1)")]
    [InlineData("world OR", "OR has nothing after it (column 7)")]
    [InlineData("world OR )", "OR has nothing after it (column 7)")]
    [InlineData("world -", "- has nothing after it (column 7)")]
    [InlineData("NOT", "NOT has nothing after it (column 1)")]
    [InlineData("", "the query is empty")]
    [InlineData("   ", "the query is empty")]
    [InlineData("()", "empty parentheses (column 1)")]
    [InlineData("*polar", "a word cannot start with a wildcard (*polar): that would read every word in the index (column 1)")]
    [InlineData("mul*ti", "* can only end a word, as in multipol* (mul*ti) (column 1)")]
    [InlineData("title:", "title: has nothing after it (column 1)")]
    [InlineData("published:[2023-01-01 TO", "a range is written [FROM TO UNTIL], as in published:[2023-01-01 TO 2023-12-31] (column 11)")]
    [InlineData("published:[2023-01-01 TO 2023-12-31", "the range is never closed with ] (column 11)")]
    [InlineData("[a TO b]", "a range needs a field, as in published:[2023-01-01 TO 2023-12-31] (column 1)")]
    [InlineData("\"hybrid war\"~x", "~ after a phrase takes a distance from 0 to 1000, as in \"hybrid war\"~3 (column 13)")]
    [InlineData("multipolr~5", "~ after a word takes 0, 1 or 2 (the edits allowed), as in multipolr~1 (column 10)")]
    [InlineData("~2", "~ must follow a word or a phrase (column 1)")]
    [InlineData("world^0", "^ needs a weight above 0, as in title:putin^2 (column 6)")]
    [InlineData("multipol*~", "a word cannot be both a prefix (*) and fuzzy (~) (column 10)")]
    [InlineData(":world", "a colon must follow a field name, as in title:word; quote the text to search for a colon (column 1)")]
    public void Malformed_query_names_the_problem_and_its_column(string query, string message)
    {
        var e = Assert.Throws<QueryException>(() => QueryParser.Parse(query));
        Assert.Equal(message, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_not_overflowed()
    {
        var deep = new string('(', 5000) + "world" + new string(')', 5000);
        var e = Assert.Throws<QueryException>(() => QueryParser.Parse(deep));
        Assert.StartsWith("the query nests parentheses more than 100 deep", e.Message);
    }
}
