using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Corpus;

/// <summary>
/// Dates as pages write them for people: <c>July 11, 2011 at 9:54 am</c>, <c>11. Juli 2011</c>, <c>31.12.2019</c>,
/// <c>2019-12-31</c>, <c>30 мая 2019</c>, <c>14/04/2020</c>. English, German and Russian month names; numeric dates
/// only where the order is certain (year first; day.month.year with dots as German and Russian write them; a
/// slashed date whose day is over 12); a month and day without a year (<c>Jun 20th at 2:41 am</c>) only given a
/// date it follows, as a comment follows its article.
/// </summary>
internal static partial class DateText
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>The first date in a piece of text, in ISO 8601 (with the time of day where one follows the date).</summary>
    /// <param name="text">Text that may hold a date, such as a comment's meta line.</param>
    /// <param name="after">An ISO date the text's date is on or after (a comment's article's), which gives the year
    /// to a date written without one; null to find only dates with a year.</param>
    /// <returns><c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm:ss</c>, or null when no date is found.</returns>
    public static string? Find(string? text, string? after = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var best = (Index: int.MaxValue, Date: (DateTime?)null, After: "");
        foreach (var pattern in Patterns)
        {
            var m = pattern.Match(text);
            if (m.Success && m.Index < best.Index && ToDate(m) is { } date)
            {
                best = (m.Index, date, text[(m.Index + m.Length)..]);
            }
        }
        if (best.Date is null && after is not null && DateTime.TryParse(after[..Math.Min(10, after.Length)], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            var m = MonthDay().Match(text);
            if (m.Success && Months.TryGetValue(m.Groups["mon"].Value.ToLowerInvariant(), out var month)
                && int.TryParse(m.Groups["d"].Value, CultureInfo.InvariantCulture, out var day) && day <= DateTime.DaysInMonth(start.Year, month))
            {
                var date = new DateTime(start.Year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
                best = (m.Index, date < start.Date ? date.AddYears(1) : date, text[(m.Index + m.Length)..]);
            }
        }
        if (best.Date is not { } found)
        {
            return null;
        }
        var inv = CultureInfo.InvariantCulture;
        var time = TimeOfDay().Match(best.After);
        if (time.Success && ToTime(time) is { } t)
        {
            return found.Add(t).ToString("yyyy-MM-dd'T'HH:mm:ss", inv);
        }
        return found.ToString("yyyy-MM-dd", inv);
    }

    private static Regex[] Patterns => [IsoNumeric(), MonthDayYear(), DayMonthYear(), DottedNumeric(), Slashed()];

    private static DateTime? ToDate(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        int month;
        if (m.Groups["a"].Success)
        {
            // 14/04/2020 is day first, 04/14/2020 month first; 04/05/2020 could be either and is not taken.
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            (day, month) = a > 12 && b <= 12 ? (a, b) : b > 12 && a <= 12 ? (b, a) : (0, 0);
        }
        else if (m.Groups["m"].Success)
        {
            month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        }
        else if (!Months.TryGetValue(m.Groups["mon"].Value.ToLowerInvariant().TrimEnd('.'), out month))
        {
            return null;
        }
        return year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            : null;
    }

    private static TimeSpan? ToTime(Match m)
    {
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture);
        var half = m.Groups["ampm"].Value.ToLowerInvariant();
        if (half.StartsWith('p') && hour < 12)
        {
            hour += 12;
        }
        else if (half.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }
        return hour < 24 && minute < 60 ? new TimeSpan(hour, minute, 0) : null;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "января", "январь", "янв"],
            ["february", "feb", "februar", "февраля", "февраль", "фев"],
            ["march", "mar", "märz", "maerz", "mär", "марта", "март", "мар"],
            ["april", "apr", "апреля", "апрель", "апр"],
            ["may", "mai", "мая", "май"],
            ["june", "jun", "juni", "июня", "июнь", "июн"],
            ["july", "jul", "juli", "июля", "июль", "июл"],
            ["august", "aug", "августа", "август", "авг"],
            ["september", "sep", "sept", "сентября", "сентябрь", "сен"],
            ["october", "oct", "oktober", "okt", "октября", "октябрь", "окт"],
            ["november", "nov", "ноября", "ноябрь", "ноя"],
            ["december", "dec", "dezember", "dez", "декабря", "декабрь", "дек"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                months[name] = i + 1;
            }
        }
        return months;
    }

    [GeneratedRegex(@"\b(?<y>\d{4})[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})\b")]
    private static partial Regex IsoNumeric();

    [GeneratedRegex(@"\b(?<mon>\p{L}{3,9})\.? (?<d>\d{1,2})(st|nd|rd|th)?,? (?<y>\d{4})\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(\.|st|nd|rd|th)? ?(?<mon>\p{L}{3,9})\.?,? (?<y>\d{4})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})\b")]
    private static partial Regex DottedNumeric();

    [GeneratedRegex(@"\b(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>\d{4})\b")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"\b(?<mon>\p{L}{3,9})\.? (?<d>\d{1,2})(st|nd|rd|th)?\b(?!,? \d)")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^\s*(,|at|um|в|-|–|@)?\s*(?<h>\d{1,2})[:.](?<min>\d{2})(:\d{2})?\s*(?<ampm>[ap]\.?m\.?)?", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();
}
