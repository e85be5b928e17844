using System.Globalization;
using ScottPlot;

namespace Search.Cli.Output;

/// <summary>
/// The x axis of a trend chart: a tick at the start of each period, labelled with the shortest date that names the
/// periods (<c>2021</c> for years, <c>2021-04</c> for months and quarters, <c>2021-04-12</c> for days and weeks); where
/// the labels would not fit, every n-th start is labelled and the others get an unlabelled tick.
/// </summary>
internal static class PeriodTicks
{
    /// <summary>Width of one label character at the tick font's size, with room to spare (DejaVu Sans digits at 12 px
    /// are 7.6 px wide).</summary>
    private const float CharacterWidth = 8;

    /// <summary>The least space between two labels.</summary>
    private const float LabelGap = 24;

    /// <summary>Beyond this many periods unlabelled ticks would only blur into a bar.</summary>
    private const int MostUnlabelledTicks = 200;

    /// <summary>The ticks for <paramref name="starts"/> (distinct, ascending) on an axis <paramref name="axisWidth"/>
    /// pixels wide; their positions are dates as ScottPlot places them (OLE Automation dates).</summary>
    public static Tick[] For(IReadOnlyList<DateTime> starts, float axisWidth)
    {
        var format = LabelFormat(starts);
        var fitting = Math.Max(1, (int)(axisWidth / (format.Length * CharacterWidth + LabelGap)));
        var step = (starts.Count + fitting - 1) / fitting;
        var ticks = new List<Tick>();
        for (var i = 0; i < starts.Count; i++)
        {
            var position = starts[i].ToOADate();
            if (i % step == 0)
            {
                ticks.Add(Tick.Major(position, starts[i].ToString(format, CultureInfo.InvariantCulture)));
            }
            else if (starts.Count <= MostUnlabelledTicks)
            {
                ticks.Add(Tick.Minor(position));
            }
        }
        return [.. ticks];
    }

    /// <summary>
    /// <c>yyyy</c> when every start is a 1 January, <c>yyyy-MM</c> when every start is the first of a month, else
    /// <c>yyyy-MM-dd</c>. A single start is always shown whole: a day that happens to be 1 January is not a year.
    /// </summary>
    public static string LabelFormat(IReadOnlyList<DateTime> starts)
    {
        if (starts.Count < 2)
        {
            return "yyyy-MM-dd";
        }
        if (starts.All(start => start.Month == 1 && start.Day == 1))
        {
            return "yyyy";
        }
        return starts.All(start => start.Day == 1) ? "yyyy-MM" : "yyyy-MM-dd";
    }
}
