namespace Search.Core.Tests.Trends;

/// <summary>
/// Compares a trend's rows (or a who's) with the expected ones, row by row, and on a difference says which rows
/// differ: a table of thousands of rows printed whole would hide them.
/// </summary>
internal static class TrendRowsAssert
{
    private const int ShownDifferences = 12;

    /// <summary>Fails unless the rows are the expected ones, in the same order.</summary>
    public static void Equal<TRow>(IReadOnlyList<TRow> expected, IReadOnlyList<TRow> actual)
    {
        var differences = Enumerable.Range(0, Math.Min(expected.Count, actual.Count))
            .Where(i => !EqualityComparer<TRow>.Default.Equals(expected[i], actual[i]))
            .Select(i => $"  row {i} expected: {expected[i]}\n  row {i} was:      {actual[i]}")
            .ToList();
        if (differences.Count == 0 && expected.Count == actual.Count)
        {
            return;
        }
        Assert.Fail($"{expected.Count} rows expected, {actual.Count} given; {differences.Count} of the first {Math.Min(expected.Count, actual.Count)} differ:\n"
            + string.Join("\n", differences.Take(ShownDifferences))
            + (differences.Count > ShownDifferences ? $"\n  ... and {differences.Count - ShownDifferences} more" : ""));
    }
}
