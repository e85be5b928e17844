using System.Globalization;

namespace Search.Core.Schema;

/// <summary>
/// The day a dated article or comment is counted under, as .NET's day number (days since 0001-01-01): kept in the
/// index as a column of these numbers (the <c>day</c> analyzer), so that periods are found by arithmetic.
/// </summary>
internal static class DayNumber
{
    /// <summary>The number of the day of an ISO 8601 date or date-time, or null when it is not one.</summary>
    /// <param name="published">A date: <c>yyyy-MM-dd</c>, optionally followed by a time.</param>
    public static int? Of(string? published) =>
        published is { Length: >= 10 }
        && DateOnly.TryParseExact(published.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.DayNumber
            : null;

    /// <summary>The date of a number.</summary>
    public static DateOnly Date(long day) => DateOnly.FromDayNumber((int)day);
}
