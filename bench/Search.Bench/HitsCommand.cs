using Search.Core.Errors;
using Search.Core.Querying;

namespace Search.Bench;

/// <summary>
/// <c>hits INDEX QUERIES</c>: <c>id&lt;TAB&gt;total&lt;TAB&gt;top-10 ids</c> per query, total -1 when refused: the Java
/// reference's <c>--hits</c> lines, byte for byte in form, so the two can be compared.
/// </summary>
internal static class HitsCommand
{
    public static int Run(BenchArgs args)
    {
        var paths = args.Positional("INDEX_DIR", "QUERIES.tsv");
        var (index, queryFile) = (paths[0], paths[1]);
        using var engine = SearchEngine.Open(index);
        foreach (var q in QueryFile.Read(queryFile))
        {
            var line = $"{q.Id}\t-1\t";
            try
            {
                var results = engine.Search(new SearchRequest(q.Text, Limit: 10, Snippets: false));
                line = $"{q.Id}\t{results.Total}\t{string.Join(' ', results.Hits.Select(h => h.Id))}";
            }
            catch (QueryException)
            {
                // Stays -1, as the reference prints for a query its parser rejects.
            }
            // The reference trims its line, dropping the last tab when there are no hits.
            Console.WriteLine(line.Trim());
        }
        return 0;
    }
}
