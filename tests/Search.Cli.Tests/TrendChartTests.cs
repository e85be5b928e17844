using System.Globalization;
using System.Xml.Linq;
using Search.Cli.Output;
using SkiaSharp;

namespace Search.Cli.Tests;

/// <summary>
/// <see cref="TrendChart"/> writes a chart that decodes, with one line per series in its own colour, gaps for missing
/// values, and nothing on disk when the write fails.
/// </summary>
public sealed class TrendChartTests : IDisposable
{
    private static readonly DateTime[] Months = [.. Enumerable.Range(0, 7).Select(i => new DateTime(2024, 1, 1).AddMonths(i))];

    private static readonly ChartSeries[] TwoSeries =
    [
        new("multipolar world", Months, [3, 5, 4, 8, 6, 9, 7]),
        new("многополярный мир", Months, [1, 0, 2, 1, 3, 2, 4]),
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Svg_parses_and_has_one_line_per_series_through_all_its_values()
    {
        var svg = WriteSvg("chart.svg", TwoSeries);

        Assert.Equal("svg", svg.Root!.Name.LocalName);
        for (var i = 0; i < TwoSeries.Length; i++)
        {
            // The legend's sample of a line is a path of two points; the data line has one point per period.
            Assert.Equal([2, Months.Length], LinesIn(svg, TrendChart.SeriesColor(i)).Select(line => line.Count).Order());
        }
    }

    [Fact]
    public void Svg_names_the_series_and_axes_and_falls_back_to_a_generic_sans_serif_family()
    {
        var svg = WriteSvg("chart.svg", TwoSeries);

        var texts = svg.Descendants().Where(element => element.Name.LocalName == "text").ToList();
        var words = string.Join(" ", texts.Select(text => text.Value));
        Assert.Contains("multipolar world", words, StringComparison.Ordinal);
        Assert.Contains("многополярный мир", words, StringComparison.Ordinal);
        Assert.Contains("Articles per month", words, StringComparison.Ordinal);
        Assert.Contains("2024-03", words, StringComparison.Ordinal);
        Assert.All(texts, text => Assert.Equal("DejaVu Sans, sans-serif", (string?)text.Attribute("font-family")));
    }

    [Fact]
    public void A_missing_value_is_a_gap_in_the_line_not_a_zero()
    {
        var withGap = new ChartSeries("with a gap", Months, [3, 5, 4, null, 6, 9, 7]);

        var svg = WriteSvg("gap.svg", [TwoSeries[0], withGap]);

        var lines = LinesIn(svg, TrendChart.SeriesColor(1)).Where(line => line.Count != 2).ToList();
        Assert.Equal([3, 3], lines.Select(line => line.Count));
        // The complete series has a point at every period: the one for April is where the gap must be.
        var april = LinesIn(svg, TrendChart.SeriesColor(0)).Single(line => line.Count == Months.Length)[3].X;
        Assert.DoesNotContain(lines.SelectMany(line => line), point => Math.Abs(point.X - april) < 0.5);
    }

    [Fact]
    public void Png_decodes_at_the_chart_size_with_the_colour_of_each_series_drawn()
    {
        var path = _folder["chart.png"];

        TrendChart.Write(path, "Articles per month", "month", "articles", TwoSeries);

        Assert.InRange(new FileInfo(path).Length, 10_000, 1_000_000);
        using var bitmap = SKBitmap.Decode(path);
        Assert.NotNull(bitmap);
        Assert.Equal((TrendChart.Width, TrendChart.Height), (bitmap.Width, bitmap.Height));
        for (var i = 0; i < TwoSeries.Length; i++)
        {
            var color = TrendChart.SeriesColor(i);
            var wanted = new SKColor(color.R, color.G, color.B);
            var drawn = bitmap.Pixels.Count(pixel => pixel.WithAlpha(255) == wanted);
            // Seven markers of 7 px and the lines between them: far more than the legend's sample alone.
            Assert.True(drawn > 300, $"series {i}: {drawn} pixels of {wanted}");
        }
    }

    [Fact]
    public void Text_is_drawn_in_the_font_inside_the_binary()
    {
        Assert.Equal("DejaVu Sans", ChartFonts.Embedded.FamilyName);
        Assert.Same(ChartFonts.Embedded, ChartFonts.For("multipolar world многополярный мир 2024-03"));
    }

    [Theory]
    [InlineData("chart.SVG")]
    [InlineData("chart.Png")]
    public void The_extension_is_read_in_any_case(string name)
    {
        TrendChart.Write(_folder[name], "t", "x", "y", TwoSeries);

        Assert.True(new FileInfo(_folder[name]).Length > 1_000);
    }

    [Fact]
    public void A_single_period_and_a_series_of_no_values_still_draw()
    {
        var year = new DateTime(2024, 1, 1);

        var svg = WriteSvg("one.svg", [new("one", [year], [5]), new("none", [year], [null])]);

        Assert.Contains(svg.Descendants(), element => element.Name.LocalName == "text" && element.Value.Trim() == "2024-01-01");
    }

    [Fact]
    public void No_series_or_no_periods_draw_empty_axes_rather_than_fail()
    {
        Assert.Equal("svg", WriteSvg("none.svg", []).Root!.Name.LocalName);
        Assert.Equal("svg", WriteSvg("empty.svg", [new("empty", [], [])]).Root!.Name.LocalName);
    }

    [Theory]
    [InlineData("chart.jpg")]
    [InlineData("chart")]
    [InlineData("chart.svg.txt")]
    public void Another_extension_is_refused_before_anything_is_written(string name)
    {
        Assert.Throws<ArgumentException>(() => TrendChart.Write(_folder[name], "t", "x", "y", TwoSeries));

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void A_series_with_more_periods_than_values_is_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            TrendChart.Write(_folder["chart.svg"], "t", "x", "y", [new("short", Months, [1, 2])]));
    }

    [Fact]
    public void A_missing_folder_is_an_io_error()
    {
        var error = Record.Exception(() => TrendChart.Write(_folder["missing/chart.png"], "t", "x", "y", TwoSeries));

        Assert.IsAssignableFrom<IOException>(error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void A_file_where_the_folder_should_be_is_an_io_error()
    {
        _folder.Write("file", "not a folder");

        var error = Record.Exception(() => TrendChart.Write(_folder["file/chart.svg"], "t", "x", "y", TwoSeries));

        Assert.True(error is IOException or UnauthorizedAccessException, error?.ToString());
        Assert.Equal([_folder["file"]], Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void A_path_that_cannot_be_replaced_leaves_no_temporary_file_behind()
    {
        // A folder at the path: the chart is written beside it and the final rename fails, so this is the failure
        // after the temporary file exists.
        Directory.CreateDirectory(_folder["chart.png"]);

        var error = Record.Exception(() => TrendChart.Write(_folder["chart.png"], "t", "x", "y", TwoSeries));

        Assert.True(error is IOException or UnauthorizedAccessException, error?.ToString());
        Assert.Equal([_folder["chart.png"]], Directory.EnumerateFileSystemEntries(_folder.Path));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder["chart.png"]));
    }

    [Fact]
    public void An_existing_file_is_replaced_whole()
    {
        var path = _folder.Write("chart.svg", "old");

        TrendChart.Write(path, "t", "x", "y", TwoSeries);

        Assert.Equal("svg", XDocument.Load(path).Root!.Name.LocalName);
        Assert.Equal([path], Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    private XDocument WriteSvg(string name, IReadOnlyList<ChartSeries> series)
    {
        var path = _folder[name];
        TrendChart.Write(path, "Articles per month", "month", "articles", series);
        Assert.InRange(new FileInfo(path).Length, 2_000, 1_000_000);
        return XDocument.Load(path);
    }

    /// <summary>The points of each stroked, unfilled path in <paramref name="color"/>: the lines of one series.</summary>
    private static List<List<(double X, double Y)>> LinesIn(XDocument svg, ScottPlot.Color color) =>
        [.. svg.Descendants()
            .Where(element => element.Name.LocalName == "path"
                && (string?)element.Attribute("fill") == "none"
                && string.Equals((string?)element.Attribute("stroke"), color.ToHex(), StringComparison.OrdinalIgnoreCase))
            .Select(element => PointsOf((string)element.Attribute("d")!))];

    /// <summary>The points of a path made of M and L commands, as Skia writes a polyline.</summary>
    private static List<(double X, double Y)> PointsOf(string d) =>
        [.. d.Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(xy => (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture)))];
}
