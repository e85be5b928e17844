using System.Reflection;
using Search.Core.Errors;
using Search.Core.Querying.Syntax;

namespace Search.Core.Tests.Querying;

/// <summary>A query tree printed as syntax parses back into the same tree, so the printed form can stand for the tree in tests.</summary>
public class QueryPrintingTests
{
    // Every parser case and every README example that parses: a case added to either is checked here too.
    public static TheoryData<string> Queries()
    {
        var parserCases = typeof(QueryParserTests).GetMethod(nameof(QueryParserTests.Query_parses_into_the_tree_printed))!;
        var cases = parserCases.GetCustomAttributes<InlineDataAttribute>()
            .SelectMany(data => data.GetData(parserCases))
            .Select(arguments => (string)arguments[0]);
        return new(cases.Concat(ReadmeQueries.All().Select(q => q.Query).Where(Parses)).Distinct());
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Printed_query_parses_back_into_the_same_tree(string query)
    {
        var tree = QueryParser.Parse(query);
        var printed = tree.ToString();
        var again = QueryParser.Parse(printed);
        Assert.True(Same(tree, again), $"{query} prints as {printed}, which parses into {again}");
    }

    private static bool Parses(string query)
    {
        try
        {
            QueryParser.Parse(query);
            return true;
        }
        catch (QueryException)
        {
            return false;
        }
    }

    // Node by node, columns aside (the printed form puts each node elsewhere); records alone would compare the
    // clause lists by reference.
    private static bool Same(QueryNode a, QueryNode b) => (a, b) switch
    {
        (WordNode x, WordNode y) => x with { Column = 0 } == y with { Column = 0 },
        (PhraseNode x, PhraseNode y) => x with { Column = 0 } == y with { Column = 0 },
        (RangeNode x, RangeNode y) => x with { Column = 0 } == y with { Column = 0 },
        (FieldNode x, FieldNode y) => x.Field == y.Field && Same(x.Inner, y.Inner),
        (BoostNode x, BoostNode y) => x.Boost.Equals(y.Boost) && Same(x.Inner, y.Inner),
        (AllNode x, AllNode y) => Same(x.Required, y.Required) && Same(x.Excluded, y.Excluded),
        (AnyNode x, AnyNode y) => Same(x.Alternatives, y.Alternatives),
        _ => false,
    };

    private static bool Same(IReadOnlyList<QueryNode> a, IReadOnlyList<QueryNode> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => Same(pair.First, pair.Second));
}
