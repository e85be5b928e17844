using Search.Core.Corpus;

namespace Search.Core.Tests.Corpus;

/// <summary>Dates as pages print them for people, given in ISO 8601 only where the page's words make them certain.</summary>
public class DateTextTests
{
    [Theory]
    [InlineData("July 11, 2011 at 12:25 pm", "2011-07-11T12:25:00")]
    [InlineData("Posted on 31. Dezember 2019", "2019-12-31")]
    [InlineData("17 сентября 2020 14:17", "2020-09-17T14:17:00")]
    [InlineData("2019-12-31", "2019-12-31")]
    [InlineData("14/04/2020 at 3:00 pm", "2020-04-14T15:00:00")]
    [InlineData("04/14/2020", "2020-04-14")]
    [InlineData("31.12.2019", "2019-12-31")]
    [InlineData("MAY 30, 2019 AT 12:06 AM", "2019-05-30T00:06:00")]
    public void A_date_with_its_year_is_read(string text, string iso) => Assert.Equal(iso, DateText.Find(text));

    [Theory]
    [InlineData("04/05/2020")] // the 4th of May, or April the 5th: the page must say which
    [InlineData("vor 3 Tagen")]
    [InlineData("2 hours ago")]
    [InlineData("Jun 20th at 2:41 am")] // no year, and no article date to take it from
    [InlineData("Chapter 12 of 40")]
    public void A_date_the_text_does_not_make_certain_is_left_out(string text) => Assert.Null(DateText.Find(text));

    [Fact]
    public void A_date_without_a_year_takes_its_articles_or_the_next()
    {
        Assert.Equal("2019-06-20T02:41:00", DateText.Find("Jun 20th at 2:41 am", after: "2019-06-19T19:38:08Z"));
        Assert.Equal("2020-01-03", DateText.Find("Jan 3", after: "2019-12-30"));
    }

    [Fact]
    public void An_ambiguous_numeric_date_is_read_in_the_order_another_date_of_the_page_shows()
    {
        string[] page = ["12/04/2020 by Kay", "...", "14/04/2020 at 3:00 pm"];
        var dayFirst = DateText.DayFirstIn(page);

        Assert.True(dayFirst);
        DateText.Find(page[0], out var iso, dayFirst: dayFirst);
        Assert.Equal("2020-04-12", iso);
        Assert.Null(DateText.DayFirstIn(["04/05/2020"]));
    }

    [Fact]
    public void A_relative_date_is_recognised_as_a_date_line_without_an_iso_form()
    {
        Assert.True(DateText.IsDateLine("vor 3 Tagen"));
        Assert.NotNull(DateText.Find("5 минут назад", out var iso));
        Assert.Null(iso);
        Assert.False(DateText.IsDateLine("The council met on 4 May 2021 to vote on the budget."));
    }
}
