using System.Text;
using Search.Core.Errors;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Tests.Querying;

/// <summary>
/// The Lucene query each README example becomes, pinned in ReadmeQueries.expected.txt: one line
/// <c>query TAB Lucene query</c>, a second <c>query TAB proximity bonus: ...</c> where the query earns one, or
/// <c>query TAB error: ...</c>. A change in how queries are built shows there as a diff to read.
/// </summary>
public class ReadmeQueriesTests
{
    [Fact]
    public void Each_readme_query_becomes_the_lucene_query_its_golden_line_shows()
    {
        // Built as SearchEngine builds them, over corpus/ (the index bounds how far a prefix may expand).
        using var folder = new TempFolder();
        CorpusIndexer.Run(new IndexRequest(RepositoryPaths.DefaultCorpus, folder["index"]));
        using var engine = SearchEngine.Open(folder["index"]);
        var lines = new StringBuilder();
        foreach (var (query, scope) in ReadmeQueries.All())
        {
            var shown = scope == SearchScope.Thread ? query : $"{query} --in {scope.ToString().ToLowerInvariant()}";
            try
            {
                var parsed = engine.Parse(new SearchRequest(query, Scope: scope));
                lines.Append(shown).Append('\t').Append(parsed.Matching).Append('\n');
                if (parsed.ProximityBonus is { } bonus)
                {
                    lines.Append(shown).Append("\tproximity bonus: ").Append(bonus).Append('\n');
                }
            }
            catch (QueryException e)
            {
                lines.Append(shown).Append("\terror: ").Append(e.Message).Append('\n');
            }
        }
        ExpectedFile.AssertMatches(ExpectedFile.InSourceTree("Querying", "ReadmeQueries.expected.txt"), lines.ToString());
    }
}
