namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>One query of a parity set: its id and its text, as an <c>id&lt;TAB&gt;query</c> line holds them.</summary>
internal sealed record ParityQuery(string Id, string Text)
{
    /// <summary>
    /// The queries of an <c>id&lt;TAB&gt;query</c> file, in file order. Blank lines and <c>#</c> lines are comments;
    /// the query is everything after the first tab, as the reference's Search.java splits it. Any other line, or an
    /// id given twice, is a mistake in the file and fails the test rather than dropping a query unseen.
    /// </summary>
    public static IReadOnlyList<ParityQuery> ReadTsv(string path)
    {
        var queries = new List<ParityQuery>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab == line.Length - 1)
            {
                Assert.Fail($"{path}:{number}: not id<TAB>query: {line}");
            }
            var query = new ParityQuery(line[..tab], line[(tab + 1)..]);
            if (!ids.Add(query.Id))
            {
                Assert.Fail($"{path}:{number}: the id {query.Id} is given twice");
            }
            queries.Add(query);
        }
        return queries;
    }

    /// <summary>Writes queries as <c>id&lt;TAB&gt;query</c> lines with no comments: the form the reference reads.</summary>
    public static void WriteTsv(string path, IEnumerable<ParityQuery> queries) =>
        File.WriteAllLines(path, queries.Select(q => q.Id + "\t" + q.Text));
}
