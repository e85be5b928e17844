using System.Globalization;
using Search.Core.Errors;
using Search.Core.Schema;

namespace Search.Core.Trends;

/// <summary>
/// The periods from a first to a last day, every one of them (a trend is zero-filled), and which period a day falls
/// in. A period is numbered by a key that grows by one per period (months since year 0, ISO weeks since 0001-01-01,
/// which was a Monday), so finding a day's period is arithmetic.
/// </summary>
internal sealed class PeriodCalendar
{
    /// <summary>More periods than this is a table nobody reads, and usually a stray date; the request is refused.</summary>
    public const int MaxPeriods = 10_000;

    private readonly TrendPeriod _by;
    private readonly long _firstDay;
    private readonly long _lastDay;
    private readonly int _firstKey;

    private PeriodCalendar(TrendPeriod by, DateOnly first, DateOnly last)
    {
        _by = by;
        _firstDay = first.DayNumber;
        _lastDay = last.DayNumber;
        _firstKey = Key(first);
        Count = Key(last) - _firstKey + 1;
    }

    /// <summary>The calendar of the periods that hold the days from first to last.</summary>
    /// <exception cref="QueryException">More than <see cref="MaxPeriods"/> periods.</exception>
    public static PeriodCalendar Create(TrendPeriod by, DateOnly first, DateOnly last)
    {
        var calendar = new PeriodCalendar(by, first, last);
        if (calendar.Count > MaxPeriods)
        {
            throw new QueryException($"{first:yyyy-MM-dd} to {last:yyyy-MM-dd} is {calendar.Count:N0} periods by {by.ToString().ToLowerInvariant()}, " +
                $"more than {MaxPeriods:N0}: narrow it with --from and --to, or count by a longer period (--by)");
        }
        return calendar;
    }

    /// <summary>How many periods.</summary>
    public int Count { get; }

    /// <summary>The index of the period a day falls in, or -1 when the day is outside the first and last day.</summary>
    public int IndexOf(long day) => day < _firstDay || day > _lastDay ? -1 : Key(DayNumber.Date(day)) - _firstKey;

    /// <summary>A period's first day (for the first period, the period's own start, which may precede the first day).</summary>
    public DateOnly Start(int index)
    {
        var key = _firstKey + index;
        return _by switch
        {
            TrendPeriod.Day => DateOnly.FromDayNumber(key),
            TrendPeriod.Week => DateOnly.FromDayNumber(key * 7),
            TrendPeriod.Month => new DateOnly(key / 12, key % 12 + 1, 1),
            TrendPeriod.Quarter => new DateOnly(key / 4, key % 4 * 3 + 1, 1),
            _ => new DateOnly(key, 1, 1),
        };
    }

    /// <summary>A period's ISO name: <c>2023-04-01</c>, <c>2023-W13</c>, <c>2023-04</c>, <c>2023-Q2</c>, <c>2023</c>.</summary>
    public string Name(int index)
    {
        var start = Start(index);
        var inv = CultureInfo.InvariantCulture;
        return _by switch
        {
            TrendPeriod.Day => start.ToString("yyyy-MM-dd", inv),
            TrendPeriod.Week => string.Create(inv, $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):D2}"),
            TrendPeriod.Month => start.ToString("yyyy-MM", inv),
            TrendPeriod.Quarter => string.Create(inv, $"{start.Year:D4}-Q{(start.Month - 1) / 3 + 1}"),
            _ => start.ToString("yyyy", inv),
        };
    }

    private int Key(DateOnly date) => _by switch
    {
        TrendPeriod.Day => date.DayNumber,
        // Day number 0 (0001-01-01) was a Monday, so whole weeks since then are ISO weeks.
        TrendPeriod.Week => date.DayNumber / 7,
        TrendPeriod.Month => date.Year * 12 + date.Month - 1,
        TrendPeriod.Quarter => date.Year * 4 + (date.Month - 1) / 3,
        _ => date.Year,
    };
}
