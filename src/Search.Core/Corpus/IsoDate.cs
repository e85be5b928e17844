using System.Globalization;

namespace Search.Core.Corpus;

/// <summary>Publication dates in the one form the index keeps: ISO 8601, date-only where no time is known.</summary>
internal static class IsoDate
{
    private static readonly string[] DateOnly = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd"];

    /// <summary>Normalises a date or date-time to ISO 8601.</summary>
    /// <param name="value">A date as a source gave it.</param>
    /// <returns><c>yyyy-MM-dd</c>, or <c>yyyy-MM-ddTHH:mm:ssZ</c> in UTC for a time with a zone
    /// (<c>yyyy-MM-ddTHH:mm:ss</c> without one); null when it is not a date.</returns>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (DateTime.TryParseExact(text, DateOnly, inv, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", inv);
        }
        var hasZone = text.EndsWith('Z') || text.EndsWith("UTC", StringComparison.OrdinalIgnoreCase)
            || (text.Length > 19 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasZone && DateTimeOffset.TryParse(text, inv, DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv);
        }
        if (DateTime.TryParse(text, inv, DateTimeStyles.None, out var local) && text.Any(char.IsDigit))
        {
            return local.TimeOfDay == TimeSpan.Zero && !text.Contains(':')
                ? local.ToString("yyyy-MM-dd", inv)
                : local.ToString("yyyy-MM-dd'T'HH:mm:ss", inv);
        }
        return null;
    }
}
