namespace Search.Core.Trends;

/// <summary>The words for periods and units on the command line and in every output format.</summary>
public static class TrendNames
{
    /// <summary>The period words, shortest first.</summary>
    public static IReadOnlyList<string> Periods { get; } = ["day", "week", "month", "quarter", "year"];

    /// <summary>The unit words.</summary>
    public static IReadOnlyList<string> Units { get; } = ["articles", "comments", "occurrences"];

    /// <summary>The period a word names, or null.</summary>
    public static TrendPeriod? ParsePeriod(string? word) => Periods.IndexOf(word ?? "") is var i and >= 0 ? (TrendPeriod)i : null;

    /// <summary>The unit a word names, or null.</summary>
    public static TrendUnit? ParseUnit(string? word) => Units.IndexOf(word ?? "") is var i and >= 0 ? (TrendUnit)i : null;

    /// <summary>The word of a period.</summary>
    public static string Of(TrendPeriod period) => Periods[(int)period];

    /// <summary>The word of a unit.</summary>
    public static string Of(TrendUnit unit) => Units[(int)unit];

    private static int IndexOf(this IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return i;
            }
        }
        return -1;
    }
}
