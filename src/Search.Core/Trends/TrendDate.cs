using System.Globalization;

namespace Search.Core.Trends;

/// <summary>The first and last day of a trend as a user writes them: a year, a month or a day (<c>2023</c>, <c>2023-04</c>, <c>2023-04-01</c>).</summary>
public static class TrendDate
{
    /// <summary>Reads a bound; a year or month stands for its first day as a start and its last day as an end.</summary>
    /// <param name="text">The bound as written.</param>
    /// <param name="end">Whether it ends the range (<c>--to 2023</c> counts all of 2023).</param>
    /// <param name="day">The day it stands for.</param>
    /// <returns>Whether it is a bound.</returns>
    public static bool TryParse(string? text, bool end, out DateOnly day)
    {
        day = default;
        var inv = CultureInfo.InvariantCulture;
        var value = text?.Trim() ?? "";
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, inv, out var year) && year >= 1)
        {
            day = end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }
        if (value.Length == 7 && DateOnly.TryParseExact(value, "yyyy-MM", inv, DateTimeStyles.None, out var month))
        {
            day = end ? month.AddMonths(1).AddDays(-1) : month;
            return true;
        }
        return value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", inv, DateTimeStyles.None, out day);
    }
}
