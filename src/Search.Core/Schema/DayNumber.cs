using System.Globalization;

namespace Search.Core.Schema;

/// <summary>
/// The day a dated article or comment is counted under, as the index keeps it (a <c>docValues: day</c> field):
/// days since 1970-01-01, so that periods are found by arithmetic instead of by parsing text per hit.
/// </summary>
internal static class DayNumber
{
    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>The day of an ISO 8601 date or date-time as the index stores dates, or null when it is not one.</summary>
    /// <param name="published">A stored date: <c>yyyy-MM-dd</c>, optionally followed by a time.</param>
    public static long? Of(string? published) =>
        published is { Length: >= 10 }
        && DateOnly.TryParseExact(published.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Of(date)
            : null;

    /// <summary>The number of a date.</summary>
    public static long Of(DateOnly date) => date.DayNumber - Epoch;

    /// <summary>The date of a number.</summary>
    public static DateOnly Date(long day) => DateOnly.FromDayNumber((int)(day + Epoch));
}
