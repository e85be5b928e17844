using System.Globalization;

namespace Search.Core.Schema;

/// <summary>
/// The day a dated article or comment is counted under: kept in the index as a <c>day</c> term (<c>yyyy-MM-dd</c>),
/// worked with as .NET's day number (days since 0001-01-01), so that periods are found by arithmetic.
/// </summary>
internal static class DayNumber
{
    /// <summary>The day of an ISO 8601 date or date-time as the index stores dates, as a term; null when it is not one.</summary>
    /// <param name="published">A stored date: <c>yyyy-MM-dd</c>, optionally followed by a time.</param>
    public static string? Text(string? published) => Of(published) is { } day ? Date(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>The number of the day of an ISO 8601 date or date-time, or null when it is not one.</summary>
    /// <param name="published">A date: <c>yyyy-MM-dd</c>, optionally followed by a time.</param>
    public static int? Of(string? published) =>
        published is { Length: >= 10 }
        && DateOnly.TryParseExact(published.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.DayNumber
            : null;

    /// <summary>The number of a day term as the index holds it (UTF-8 <c>yyyy-MM-dd</c>), read without a string.</summary>
    /// <returns>The day number, or null when the bytes are not a date.</returns>
    public static int? Of(ReadOnlySpan<byte> term)
    {
        if (term.Length != 10 || term[4] != '-' || term[7] != '-'
            || Digits(term[..4]) is not { } year || Digits(term[5..7]) is not { } month || Digits(term[8..]) is not { } day
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day).DayNumber;
    }

    /// <summary>The date of a number.</summary>
    public static DateOnly Date(long day) => DateOnly.FromDayNumber((int)day);

    private static int? Digits(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return null;
            }
            value = (value * 10) + (b - '0');
        }
        return value;
    }
}
