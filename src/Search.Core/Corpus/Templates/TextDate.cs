using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>
/// Dates as pages print them beside a headline or a comment (<c>July 11, 2011 at 12:25 pm</c>, <c>14/04/2020</c>,
/// <c>31. Dezember 2019</c>, <c>17 сентября 2020</c>, <c>2 hours ago</c>), found inside a line and given in ISO 8601.
/// </summary>
internal static partial class TextDate
{
    private static readonly string[][] MonthNames =
    [
        ["jan", "january", "januar", "jänner", "января", "янв"],
        ["feb", "february", "februar", "февраля", "фев"],
        ["mar", "march", "märz", "marz", "марта", "мар"],
        ["apr", "april", "апреля", "апр"],
        ["may", "mai", "мая"],
        ["jun", "june", "juni", "июня", "июн"],
        ["jul", "july", "juli", "июля", "июл"],
        ["aug", "august", "августа", "авг"],
        ["sep", "sept", "september", "сентября", "сен"],
        ["oct", "october", "oktober", "okt", "октября", "окт"],
        ["nov", "november", "ноября", "ноя"],
        ["dec", "december", "dezember", "dez", "декабря", "дек"],
    ];

    // Once a date is taken out, what may stand beside it on a line that is only a date: joining words and weekdays.
    private static readonly HashSet<string> Filler = new(
        ["at", "on", "um", "am", "в", "posted", "updated", "published", "veröffentlicht", "monday", "tuesday",
         "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag",
         "freitag", "samstag", "sonntag", "am", "pm", "uhr"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The first date in a line, in ISO 8601 when its year is shown (with the time when that is too).</summary>
    /// <param name="line">A line of a page.</param>
    /// <param name="iso">The date as <c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm:ss</c>; null for a date without a year
    /// or a relative one (<c>3 days ago</c>).</param>
    /// <returns>The matched text, or null when the line shows no date.</returns>
    public static Match? Find(string line, out string? iso)
    {
        iso = null;
        foreach (var pattern in (Regex[])[MonthFirst(), DayFirst(), Numeric(), Relative()])
        {
            foreach (Match match in pattern.Matches(line))
            {
                if (!match.Groups["month"].Success || MonthOf(match.Groups["month"].Value) > 0)
                {
                    iso = IsoOf(match);
                    return match;
                }
            }
        }
        return null;
    }

    /// <summary>Whether a line is a date and nothing else of substance (a time, a weekday, <c>at</c> may stand by it).</summary>
    /// <param name="line">A line of a page.</param>
    public static bool IsDateLine(string line)
    {
        var match = Find(line, out _);
        if (match is null)
        {
            return false;
        }
        var rest = line.Remove(match.Index, match.Length);
        return StopWords.WordsOf(rest).All(w => Filler.Contains(w) || w.All(char.IsDigit));
    }

    private static int MonthOf(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].Contains(key) || (key.Length >= 3 && MonthNames[i].Any(n => n.Length > 3 && n.StartsWith(key, StringComparison.Ordinal))))
            {
                return i + 1;
            }
        }
        return 0;
    }

    private static string? IsoOf(Match match)
    {
        if (!match.Groups["year"].Success)
        {
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["mm"].Success
            ? int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture)
            : MonthOf(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (month > 12 && day <= 12)
        {
            (month, day) = (day, month); // 04/14/2020: the American order
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
        {
            return null;
        }
        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        if (!match.Groups["hour"].Success)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) % 24;
        var ampm = match.Groups["ampm"].Value.ToLowerInvariant();
        hour = ampm.StartsWith('p') && hour < 12 ? hour + 12 : ampm.StartsWith('a') && hour == 12 ? 0 : hour;
        var time = date.AddHours(hour).AddMinutes(int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) % 60);
        return time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    private const string Time = @"(?:,?\s*(?:at|um|в|-)?\s*(?<hour>\d{1,2}):(?<minute>\d{2})(?::\d{2})?\s*(?<ampm>[ap]\.?m\.?)?)?";

    // "July 11, 2011", "Jun 20th at 2:41 am", "MAY 30, 2019 AT 1:06 PM"
    [GeneratedRegex(@"\b(?<month>\p{L}{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4}))?" + Time, RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    // "11 July 2011", "31. Dezember 2019", "17 сентября 2020 14:17"
    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:\.|st|nd|rd|th)?\s+(?<month>\p{L}{3,9})\.?(?:,?\s+(?<year>\d{4}))?" + Time, RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    // "2019-12-31", "14/04/2020", "31.12.2019"
    [GeneratedRegex(@"\b(?:(?<year>\d{4})-(?<mm>\d{2})-(?<day>\d{2})|(?<day>\d{1,2})[./](?<mm>\d{1,2})[./](?<year>\d{4}))\b" + Time, RegexOptions.IgnoreCase)]
    private static partial Regex Numeric();

    private const string Unit = @"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|sekunden?|minuten?|stunden?|tagen?|tage|wochen?|monate?n?|jahren?|jahre?|секунд\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*|день|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет)";

    // "2 hours ago", "vor 3 Tagen", "1 Monat her", "5 минут назад"
    [GeneratedRegex(@"\b(?:vor\s+\d+\s+" + Unit + @"|\d+\s+" + Unit + @"(?:\s+\d+\s+" + Unit + @")?\s+(?:ago|her|назад))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();
}
