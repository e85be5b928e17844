using System.Text;
using Search.Core.Analysis;
using Search.Core.Errors;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Querying.Syntax;
using Search.Core.Schema;
using Search.Core.Storage;

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
        using var index = ArticleIndex.Open(folder["index"]);
        var analyzer = SchemaAnalyzer.For(IndexSchema.Current);
        var fields = new SearchFields(IndexSchema.Current);
        var lines = new StringBuilder();
        foreach (var (query, scope) in ReadmeQueries.All())
        {
            var shown = scope == SearchScope.All ? query : $"{query} --in {scope.ToString().ToLowerInvariant()}";
            try
            {
                var builder = new LuceneQueryBuilder(analyzer, fields, index.Reader, scope);
                var lucene = builder.Build(QueryParser.Parse(query));
                lines.Append(shown).Append('\t').Append(lucene).Append('\n');
                if (builder.ProximityBonus is { } bonus)
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
