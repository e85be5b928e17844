using Search.Core.Schema;

namespace Search.Core.Tests.Querying;

/// <summary>The query examples of README.md and the batch narratives, as listed in ReadmeQueries.txt beside this file.</summary>
internal static class ReadmeQueries
{
    /// <summary>Each listed query with the scope it is searched in, in list order.</summary>
    public static IEnumerable<(string Query, SearchScope Scope)> All() =>
        File.ReadLines(ExpectedFile.InSourceTree("Querying", "ReadmeQueries.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Entry);

    private static (string Query, SearchScope Scope) Entry(string line)
    {
        var parts = line.Split('\t');
        if (parts.Length == 1)
        {
            return (line, SearchScope.Thread);
        }
        // Anything but "--in SCOPE" after the tab is a mistake in the list, not a query to skip quietly.
        var scope = parts is [_, var option] && option.StartsWith("--in ", StringComparison.Ordinal)
            ? SearchScopeNames.Parse(option["--in ".Length..])
            : null;
        return (parts[0], scope ?? throw new FormatException($"ReadmeQueries.txt: after the tab only --in SCOPE may follow: {line}"));
    }
}
