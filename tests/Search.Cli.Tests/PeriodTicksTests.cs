using Search.Cli.Output;

namespace Search.Cli.Tests;

/// <summary>The dated x axis of <see cref="TrendChart"/>: a tick per period start, labelled as briefly as the periods allow.</summary>
public sealed class PeriodTicksTests
{
    [Fact]
    public void Years_months_and_days_are_labelled_as_briefly_as_they_are_named()
    {
        Assert.Equal(["2021", "2022", "2023"], Labels([new(2021, 1, 1), new(2022, 1, 1), new(2023, 1, 1)]));
        Assert.Equal(["2021-10", "2022-01", "2022-04"], Labels([new(2021, 10, 1), new(2022, 1, 1), new(2022, 4, 1)]));
        Assert.Equal(["2021-12-27", "2022-01-03"], Labels([new(2021, 12, 27), new(2022, 1, 3)]));
    }

    [Fact]
    public void A_single_period_is_shown_as_a_whole_date()
    {
        Assert.Equal(["2024-01-01"], Labels([new(2024, 1, 1)]));
    }

    [Fact]
    public void Periods_too_many_to_label_get_every_nth_label_and_a_tick_each()
    {
        var days = Enumerable.Range(0, 90).Select(i => new DateTime(2024, 1, 1).AddDays(i)).ToList();

        var ticks = PeriodTicks.For(days, 900);

        Assert.Equal(90, ticks.Length);
        var labelled = ticks.Where(tick => tick.IsMajor).ToList();
        Assert.InRange(labelled.Count, 3, 10);
        Assert.Equal("2024-01-01", labelled[0].Label);
        Assert.Equal(days[0].ToOADate(), labelled[0].Position);
    }

    private static string[] Labels(DateTime[] starts) =>
        [.. PeriodTicks.For(starts, 900).Where(tick => tick.IsMajor).Select(tick => tick.Label)];
}
