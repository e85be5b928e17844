namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>
/// The queries allowed to get a different total from the reference, each with the reason, listed in Exceptions.tsv
/// beside this file (<c>id-or-query&lt;TAB&gt;why</c>; blank and <c>#</c> lines are comments). An entry names a query
/// by its id or by its exact text. An entry must keep earning its place: one whose query now agrees, or that names
/// no query at all, fails the tests, so the list cannot grow stale and hide a fixed difference or a typo.
/// </summary>
internal sealed class DocumentedExceptions
{
    private readonly IReadOnlyList<(string Key, string Why)> _entries;

    private DocumentedExceptions(IReadOnlyList<(string Key, string Why)> entries) => _entries = entries;

    public static string FilePath => ExpectedFile.InSourceTree("Querying", "LuceneParity", "Exceptions.tsv");

    public static DocumentedExceptions Read()
    {
        var entries = new List<(string Key, string Why)>();
        var number = 0;
        foreach (var line in File.ReadLines(FilePath))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split('\t', 2);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Trim().Length == 0)
            {
                Assert.Fail($"{FilePath}:{number}: not id-or-query<TAB>why (a reason is required): {line}");
            }
            entries.Add((parts[0], parts[1]));
        }
        return new DocumentedExceptions(entries);
    }

    /// <summary>Every entry, as written.</summary>
    public IEnumerable<(string Key, string Why)> Entries => _entries;

    /// <summary>The reason given for this query, or null when none of the entries names it.</summary>
    public string? WhyFor(ParityQuery query) =>
        _entries.FirstOrDefault(e => Names(e.Key, query)).Why;

    /// <summary>Whether an entry's key names this query.</summary>
    public static bool Names(string key, ParityQuery query) =>
        key == query.Id || key == query.Text;
}
