namespace Search.Bench;

/// <summary>Reads <c>id&lt;TAB&gt;query</c> lines the way the Java reference does: split at the first tab, other lines skipped.</summary>
internal static class QueryFile
{
    public static IReadOnlyList<BenchQuery> Read(string path)
    {
        var queries = new List<BenchQuery>();
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0)
            {
                queries.Add(new BenchQuery(line[..tab], line[(tab + 1)..]));
            }
        }
        return queries;
    }
}
