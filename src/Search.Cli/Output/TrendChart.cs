using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Search.Cli.Output;

/// <summary>
/// Draws a trend chart, one line with markers per series over dated periods, into an SVG or PNG file: what
/// <c>search trend --plot</c> writes.
/// </summary>
internal static partial class TrendChart
{
    public const int Width = 1000;
    public const int Height = 500;

    /// <summary>Width of the x axis for <see cref="PeriodTicks"/>: the chart less the y axis and margins.</summary>
    private const float AxisWidth = Width - 100;

    /// <summary>Beyond this many periods the markers are drawn smaller.</summary>
    private const int ManyPeriods = 60;

    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    /// <summary>The colour of the series at <paramref name="index"/>: its line, its markers and its legend entry.</summary>
    public static Color SeriesColor(int index) => Palette.GetColor(index);

    /// <summary>
    /// Writes the chart to <paramref name="path"/>, as SVG or PNG by its extension (<c>.svg</c>, <c>.png</c>, in any
    /// case), replacing any file there; a failed write leaves the old file, or none.
    /// </summary>
    /// <exception cref="ArgumentException">The extension is neither, or a series has more X than Y or fewer.</exception>
    /// <exception cref="IOException">The folder is missing or the file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file may not be written.</exception>
    public static void Write(string path, string title, string xTitle, string yTitle, IReadOnlyList<ChartSeries> series)
    {
        var format = FormatOf(path);
        foreach (var one in series)
        {
            if (one.X.Count != one.Y.Count)
            {
                throw new ArgumentException($"series '{one.Name}' has {one.X.Count} periods and {one.Y.Count} values", nameof(series));
            }
        }
        // Rendered whole in memory first: a chart that fails to draw leaves nothing on disk.
        using var plot = Draw(title, xTitle, yTitle, series);
        var bytes = format == ImageFormat.Svg
            ? Encoding.UTF8.GetBytes(WithGenericFontFamily(plot.GetSvgXml(Width, Height)))
            : plot.GetImageBytes(Width, Height, ImageFormat.Png);
        AtomicFile.WriteAllBytes(path, bytes);
    }

    private static ImageFormat FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".SVG" => ImageFormat.Svg,
        ".PNG" => ImageFormat.Png,
        _ => throw new ArgumentException($"a chart is written as .svg or .png, not '{Path.GetFileName(path)}'", nameof(path)),
    };

    private static Plot Draw(string title, string xTitle, string yTitle, IReadOnlyList<ChartSeries> series)
    {
        var plot = new Plot();
        Label(plot.Axes.Title.Label, title, 18);
        Label(plot.Axes.Bottom.Label, xTitle, 14);
        Label(plot.Axes.Left.Label, yTitle, 14);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.Font = ChartFonts.Embedded;
            axis.TickLabelStyle.FontSize = 12;
        }

        var starts = series.SelectMany(one => one.X).Distinct().Order().ToList();
        // Markers show each period's value, and a value alone between two gaps; hundreds of full-size ones (a year of
        // days) would merge into a band thicker than the line.
        var markerSize = starts.Count > ManyPeriods ? 4 : 7;
        for (var i = 0; i < series.Count; i++)
        {
            var color = SeriesColor(i);
            foreach (var (xs, ys) in Runs(series[i]))
            {
                var line = plot.Add.Scatter(xs, ys, color);
                line.LineWidth = 2;
                line.MarkerShape = MarkerShape.FilledCircle;
                line.MarkerSize = markerSize;
            }
            plot.Legend.ManualItems.Add(LegendEntry(series[i].Name, color));
        }
        // Beside the plot, not in it: inside, the legend hides the points of the first periods. An empty legend
        // beside the plot makes ScottPlot draw nothing at all, so a chart of no series has none.
        if (series.Count > 0)
        {
            plot.ShowLegend(Edge.Right);
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual(PeriodTicks.For(starts, AxisWidth));
        var (left, right) = XLimits(starts);
        var (bottom, top) = YLimits(series);
        plot.Axes.SetLimits(left, right, bottom, top);
        return plot;
    }

    private static void Label(LabelStyle style, string text, float size)
    {
        style.Text = text;
        style.Font = ChartFonts.For(text);
        style.FontSize = size;
    }

    private static LegendItem LegendEntry(string name, Color color)
    {
        var entry = new LegendItem
        {
            LabelText = name,
            LineColor = color,
            LineWidth = 2,
            MarkerShape = MarkerShape.FilledCircle,
            MarkerFillColor = color,
            MarkerLineColor = color,
            MarkerSize = 7,
        };
        entry.LabelStyle.Font = ChartFonts.For(name);
        entry.LabelStyle.FontSize = 13;
        return entry;
    }

    /// <summary>
    /// The stretches of a series between its missing values (null, or not a finite number), each drawn as a line of its
    /// own: a missing value is a gap in the line, never a zero, and a value alone between two gaps is a marker alone.
    /// </summary>
    private static IEnumerable<(double[] Xs, double[] Ys)> Runs(ChartSeries series)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i <= series.X.Count; i++)
        {
            var value = i < series.X.Count ? series.Y[i] : null;
            if (value is { } y && double.IsFinite(y))
            {
                xs.Add(series.X[i].ToOADate());
                ys.Add(y);
            }
            else if (xs.Count > 0)
            {
                yield return ([.. xs], [.. ys]);
                xs.Clear();
                ys.Clear();
            }
        }
    }

    /// <summary>Half the shortest step between periods beyond the first and the last, so that their markers are not
    /// cut by the frame; a day either side of a single period.</summary>
    private static (double Left, double Right) XLimits(IReadOnlyList<DateTime> starts)
    {
        if (starts.Count == 0)
        {
            return (0, 1);
        }
        var margin = starts.Count == 1 ? 1 : starts.Zip(starts.Skip(1), (a, b) => (b - a).TotalDays).Min() / 2;
        return (starts[0].ToOADate() - margin, starts[^1].ToOADate() + margin);
    }

    /// <summary>From 0 (counts and shares are not negative; the axis goes below 0 only for a value that is) to a little
    /// above the highest value, so that its marker is not cut; 0 to 1 with no values at all.</summary>
    private static (double Bottom, double Top) YLimits(IReadOnlyList<ChartSeries> series)
    {
        var values = series.SelectMany(one => one.Y).OfType<double>().Where(double.IsFinite).ToList();
        var highest = values.Count > 0 ? values.Max() : 0;
        var lowest = values.Count > 0 ? Math.Min(0, values.Min()) : 0;
        return (lowest, highest > lowest ? highest + (highest - lowest) * 0.08 : lowest + 1);
    }

    /// <summary>
    /// Skia names only the family it drew with (<c>font-family="DejaVu Sans"</c>); a viewer without it would fall back
    /// to its default, often a serif, so every family is followed by the generic <c>sans-serif</c>.
    /// </summary>
    private static string WithGenericFontFamily(string svg) => FontFamily().Replace(svg, "font-family=\"$1, sans-serif\"");

    [GeneratedRegex("font-family=\"([^\"]*)\"")]
    private static partial Regex FontFamily();
}
