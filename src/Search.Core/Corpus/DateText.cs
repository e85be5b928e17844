using System.Globalization;
using System.Text.RegularExpressions;
using Search.Core.Corpus.Templates;

namespace Search.Core.Corpus;

/// <summary>
/// Dates as pages print them for people, beside a headline or a comment (<c>July 11, 2011 at 12:25 pm</c>,
/// <c>14/04/2020</c>, <c>31. Dezember 2019</c>, <c>17 сентября 2020</c>, <c>2 hours ago</c>), found inside a line and
/// given in ISO 8601. English, German and Russian month names. A numeric date is taken only where its order is
/// certain (year first; a slashed or dotted date whose day is over 12, or dotted day.month.year as German and
/// Russian write it); a date without a year only given a date it follows (a comment follows its article); a
/// relative one (<c>vor 3 Tagen</c>) is recognised as a date but has no ISO form, since the page's save time is unknown.
/// </summary>
internal static partial class DateText
{
    private static readonly string[][] MonthNames =
    [
        ["jan", "january", "januar", "jänner", "января", "январь", "янв"],
        ["feb", "february", "februar", "февраля", "февраль", "фев"],
        ["mar", "march", "märz", "marz", "maerz", "mär", "марта", "март", "мар"],
        ["apr", "april", "апреля", "апрель", "апр"],
        ["may", "mai", "мая", "май"],
        ["jun", "june", "juni", "июня", "июнь", "июн"],
        ["jul", "july", "juli", "июля", "июль", "июл"],
        ["aug", "august", "августа", "август", "авг"],
        ["sep", "sept", "september", "сентября", "сентябрь", "сен"],
        ["oct", "october", "oktober", "okt", "октября", "октябрь", "окт"],
        ["nov", "november", "ноября", "ноябрь", "ноя"],
        ["dec", "december", "dezember", "dez", "декабря", "декабрь", "дек"],
    ];

    // Once a date is taken out, what may stand beside it on a line that is only a date: joining words and weekdays.
    private static readonly HashSet<string> Filler = new(
        ["at", "on", "um", "am", "в", "posted", "updated", "published", "veröffentlicht", "monday", "tuesday",
         "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag",
         "freitag", "samstag", "sonntag", "pm", "uhr"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The first date in a text, in ISO 8601 (with the time of day where one is shown).</summary>
    /// <param name="text">Text that may hold a date, such as a comment's meta line.</param>
    /// <param name="after">An ISO date the text's date is on or after (a comment's article's), which gives the year to
    /// a date shown without one; null to take only dates with a year.</param>
    /// <returns><c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm:ss</c>, or null when no date with an ISO form is found.</returns>
    public static string? Find(string? text, string? after = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        Find(text, out var iso, after);
        return iso;
    }

    /// <summary>The first date in a line, and its ISO 8601 form where it has one.</summary>
    /// <param name="line">A line of a page.</param>
    /// <param name="iso">The date as <c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm:ss</c>; null for a relative date, an
    /// ambiguous numeric one, or one without a year when <paramref name="after"/> is not given.</param>
    /// <param name="after">An ISO date the line's date is on or after, for a date without a year.</param>
    /// <param name="dayFirst">The order of an ambiguous numeric date (<c>04/05/2020</c>) where the page shows it
    /// elsewhere (<see cref="DayFirstIn"/>); null to leave such a date out.</param>
    /// <returns>The matched text, or null when the line shows no date.</returns>
    public static Match? Find(string line, out string? iso, string? after = null, bool? dayFirst = null)
    {
        iso = null;
        foreach (var pattern in (Regex[])[MonthFirst(), DayFirst(), Numeric(), Relative()])
        {
            foreach (Match match in pattern.Matches(line))
            {
                if (!match.Groups["month"].Success || MonthOf(match.Groups["month"].Value) > 0)
                {
                    iso = IsoOf(match, after, dayFirst);
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

    /// <summary>
    /// The order in which a page writes numeric dates, where one of them shows it: <c>14/04/2020</c> is day first,
    /// <c>04/14/2020</c> month first.
    /// </summary>
    /// <param name="lines">The page's lines.</param>
    /// <returns>True for day first, false for month first, null when no date on the page tells.</returns>
    public static bool? DayFirstIn(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (Match match in Numeric().Matches(line))
            {
                if (match.Groups["iso"].Success)
                {
                    continue;
                }
                var first = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                var second = int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture);
                if (first > 12 != second > 12)
                {
                    return first > 12;
                }
            }
        }
        return null;
    }

    private static string? IsoOf(Match match, string? after, bool? dayFirst)
    {
        if (!match.Groups["day"].Success)
        {
            return null; // relative
        }
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["mm"].Success)
        {
            month = int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture);
            var dotted = match.Value.Contains('.', StringComparison.Ordinal);
            if (month > 12 && day <= 12)
            {
                (month, day) = (day, month); // 04/14/2020: the American order
            }
            else if (!match.Groups["iso"].Success && !dotted && day <= 12 && month <= 12)
            {
                // 04/05/2020 is the 4th of May or April the 5th, depending on the site.
                if (dayFirst is null)
                {
                    return null;
                }
                if (dayFirst == false)
                {
                    (month, day) = (day, month);
                }
            }
        }
        else
        {
            month = MonthOf(match.Groups["month"].Value);
        }
        if (month is < 1 or > 12)
        {
            return null;
        }
        int year;
        if (match.Groups["year"].Success)
        {
            year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (after is not null && DateTime.TryParse(after[..Math.Min(10, after.Length)], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            // A comment shown as "Jun 20th" is from the year of its article, or the next if that day has passed.
            year = new DateTime(start.Year, month, Math.Min(day, DateTime.DaysInMonth(start.Year, month)), 0, 0, 0, DateTimeKind.Unspecified) < start.Date
                ? start.Year + 1 : start.Year;
        }
        else
        {
            return null;
        }
        if (year is < 1900 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month))
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

    private const string Time = @"(?:,?\s*(?:at|um|в|-|–|@)?\s*(?<hour>\d{1,2}):(?<minute>\d{2})(?::\d{2})?\s*(?<ampm>[ap]\.?m\.?)?)?";

    // "July 11, 2011", "Jun 20th at 2:41 am", "MAY 30, 2019 AT 1:06 PM"
    [GeneratedRegex(@"\b(?<month>\p{L}{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4}))?" + Time, RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    // "11 July 2011", "31. Dezember 2019", "17 сентября 2020 14:17"
    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:\.|st|nd|rd|th)?\s+(?<month>\p{L}{3,9})\.?(?:,?\s+(?<year>\d{4}))?" + Time, RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    // "2019-12-31", "2019/12/31", "14/04/2020", "31.12.2019"
    [GeneratedRegex(@"\b(?:(?<iso>(?<year>\d{4})[-/](?<mm>\d{1,2})[-/](?<day>\d{1,2}))|(?<day>\d{1,2})[./](?<mm>\d{1,2})[./](?<year>\d{4}))\b" + Time, RegexOptions.IgnoreCase)]
    private static partial Regex Numeric();

    private const string Unit = @"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|sekunden?|minuten?|stunden?|tagen?|tage|wochen?|monate?n?|jahren?|jahre?|секунд\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*|день|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет)";

    // "2 hours ago", "vor 3 Tagen", "1 Monat her", "5 минут назад"
    [GeneratedRegex(@"\b(?:vor\s+\d+\s+" + Unit + @"|\d+\s+" + Unit + @"(?:\s+\d+\s+" + Unit + @")?\s+(?:ago|her|назад))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();
}
