namespace Search.Bench;

/// <summary>One line of <c>--hits</c> output: a query's total (-1 when refused) and its top ids, best first.</summary>
internal sealed record HitsLine(string Id, long Total, IReadOnlyList<string> Top)
{
    public static IReadOnlyDictionary<string, HitsLine> ReadAll(string path)
    {
        var lines = new Dictionary<string, HitsLine>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2 && long.TryParse(parts[1], out var total))
            {
                var top = parts.Length > 2 ? parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                lines[parts[0]] = new HitsLine(parts[0], total, top);
            }
        }
        return lines;
    }

    public bool Refused => Total < 0;

    public bool SameTopSet(HitsLine other) => Top.Order(StringComparer.Ordinal).SequenceEqual(other.Top.Order(StringComparer.Ordinal));
}
