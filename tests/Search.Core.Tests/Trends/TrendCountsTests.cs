using System.Text.Json.Nodes;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Trends;

namespace Search.Core.Tests.Trends;

/// <summary>
/// Every count of <c>search trend</c> is exact. Given 400 generated articles with their comments, some undated, each
/// row of a trend (narrative, period, unit, count, total, ratio) is what <see cref="TrendOracle"/> counts by reading
/// every text: for each kind of narrative, each period length, both scopes that count comments, and a range of days.
/// </summary>
public sealed class TrendCountsTests(TrendCorpusIndex corpus) : IClassFixture<TrendCorpusIndex>
{
    private static readonly TrendUnit[] EveryUnit = [TrendUnit.Articles, TrendUnit.Comments, TrendUnit.Occurrences];

    // Mid-week, mid-month and mid-quarter on both ends, so that the first and last periods are cut; on days with an
    // article and a comment, so that counting a day too many or too few shows.
    private static readonly DateOnly From = new(2021, 5, 5);
    private static readonly DateOnly To = new(2022, 11, 12);

    public static TheoryData<string> Narratives => [.. TrendNarratives.Common.Select(n => n.Id)];

    public static TheoryData<TrendPeriod> Periods => [.. Enum.GetValues<TrendPeriod>()];

    public static TheoryData<string, TrendPeriod> NarrativesByPeriod
    {
        get
        {
            var data = new TheoryData<string, TrendPeriod>();
            foreach (var narrative in TrendNarratives.Common)
            {
                foreach (var period in Enum.GetValues<TrendPeriod>())
                {
                    data.Add(narrative.Id, period);
                }
            }
            return data;
        }
    }

    [Fact]
    public void The_corpus_has_every_kind_of_date_the_counts_tell_apart()
    {
        var articles = corpus.Lines.Select(line => JsonNode.Parse(line)!).ToList();
        static bool Dated(JsonNode? record) => record?["published"] is not null;
        static IEnumerable<JsonNode?> Comments(JsonNode article) => article["comments"]!.AsArray();

        // Undated articles, and comments counted on their own day, on their article's, or as undated.
        Assert.Contains(articles, a => !Dated(a));
        Assert.Contains(articles, a => !Dated(a) && Comments(a).Any(Dated));
        Assert.Contains(articles, a => Dated(a) && Comments(a).Any(c => !Dated(c)));
        Assert.Contains(articles, a => !Dated(a) && Comments(a).Any(c => !Dated(c)));
        // And a narrative has undated articles and comments to count, so the undated rows are not all zeros.
        var undated = corpus.Oracle.Rows(TrendNarratives.Either, Request(TrendPeriod.Year)).Where(r => r.Period == TrendPeriodName.Undated).ToList();
        Assert.All(undated.Where(r => r.Unit != TrendUnit.Occurrences), r => Assert.True(r.Count > 0 && r.Count < r.Total, r.ToString()));
    }

    [Theory]
    [MemberData(nameof(Narratives))]
    public void Every_narrative_is_said_in_many_months_in_articles_and_comments(string narrative)
    {
        var rows = corpus.Oracle.Rows(TrendNarratives.Get(narrative), Request(TrendPeriod.Month));

        // A narrative found in a handful of places could agree with a wrong count by luck.
        Assert.True(rows.Count(r => r.Unit == TrendUnit.Articles && r.Count > 0) >= 5, "articles in at least 5 months");
        Assert.True(rows.Count(r => r.Unit == TrendUnit.Comments && r.Count > 0) >= 3, "comments in at least 3 months");
    }

    [Theory]
    [MemberData(nameof(NarrativesByPeriod))]
    public void Every_row_is_the_count_of_reading_every_article_and_comment(string narrative, TrendPeriod period) =>
        AssertCountedAsTheOracleCounts(TrendNarratives.Get(narrative), Request(period));

    // An article counts when one of its comments matches on its own: the articles search query --scope comments
    // finds. Comments and occurrences are the comments' own, as in scope thread.
    [Theory]
    [MemberData(nameof(Narratives))]
    public void In_comments_an_article_is_counted_when_one_of_its_comments_matches_and_occurrences_are_those_in_comments(string narrative) =>
        AssertCountedAsTheOracleCounts(TrendNarratives.Get(narrative), Request(TrendPeriod.Month) with { Scope = SearchScope.Comments });

    [Theory]
    [MemberData(nameof(Periods))]
    public void From_and_to_count_only_the_articles_and_comments_of_their_days(TrendPeriod period)
    {
        Assert.All(new[] { From, To }, day => Assert.True(
            corpus.Oracle.Articles.Any(a => a.Own.Day == day) && corpus.Oracle.Articles.Any(a => a.Comments.Any(c => c.Day == day)),
            $"an article and a comment on {day:yyyy-MM-dd}"));
        var request = Request(period) with { From = From, To = To };
        foreach (var narrative in new[] { TrendNarratives.Stemmed, TrendNarratives.Both, TrendNarratives.SameWordTwice })
        {
            var result = AssertCountedAsTheOracleCounts(narrative, request);

            Assert.Equal((From, To), (result.First, result.Last));
            Assert.Equal(TrendOracle.PeriodName(From, period), result.Periods[0].Name);
            Assert.Equal([TrendOracle.PeriodName(To, period), TrendPeriodName.Undated], result.Periods.TakeLast(2).Select(p => p.Name));
        }
    }

    [Fact]
    public void Narratives_counted_together_get_exactly_the_rows_each_gets_alone()
    {
        // Units in an order of their own: within a period, rows follow it.
        TrendUnit[] units = [TrendUnit.Occurrences, TrendUnit.Comments, TrendUnit.Articles];
        var narratives = TrendNarratives.Common.Append(TrendNarratives.Rare).ToList();
        var request = new TrendRequest([.. narratives.Select((n, i) => n.ToBatchQuery(i + 1))], TrendPeriod.Week, units);

        var together = TrendCounter.Count(corpus.Engine, request, threads: 2);

        Assert.Equal(narratives.Select(n => n.Id), together.Narratives.Select(t => t.Query.Id));
        foreach (var (narrative, trend) in narratives.Zip(together.Narratives))
        {
            var alone = TrendCounter.Count(corpus.Engine, request with { Narratives = [narrative.ToBatchQuery()] }, threads: 1);
            TrendRowsAssert.Equal(Assert.Single(alone.Narratives).Rows, trend.Rows);
            Assert.Equal(units, trend.Rows.Take(3).Select(r => r.Unit));
        }
    }

    [Fact]
    public void A_rare_narrative_gets_every_period_with_zeros_where_it_is_not_said()
    {
        var request = Request(TrendPeriod.Month);
        var (first, last) = corpus.Oracle.DatedRange();

        var result = AssertCountedAsTheOracleCounts(TrendNarratives.Rare, request);

        var months = (last!.Value.Year - first!.Value.Year) * 12 + last.Value.Month - first.Value.Month + 1;
        Assert.Equal(months + 1, result.Periods.Count);
        var said = Assert.Single(result.Narratives).Rows.Where(r => r.Count > 0).Select(r => r.Period).Distinct().ToList();
        Assert.InRange(said.Count, 1, 3);
    }

    [Fact]
    public void A_day_without_articles_has_an_article_total_of_0_and_no_ratio()
    {
        var request = Request(TrendPeriod.Day);

        var result = AssertCountedAsTheOracleCounts(TrendNarratives.Stemmed, request);

        var rows = Assert.Single(result.Narratives).Rows;
        var empty = rows.Where(r => r.Unit == TrendUnit.Articles && r.Total == 0).ToList();
        // Most days have no article: 400 articles over four years.
        Assert.True(empty.Count > 100, $"{empty.Count} days without articles");
        Assert.All(empty, r => Assert.Equal((0, 0, null), (r.Count, r.Total, r.Ratio)));
        var emptyDays = empty.Select(r => r.Period).ToHashSet();
        Assert.Contains(rows, r => emptyDays.Contains(r.Period) && r.Unit == TrendUnit.Comments && r.Total > 0);
        Assert.Contains(rows, r => emptyDays.Contains(r.Period) && r.Unit == TrendUnit.Comments && r.Total == 0 && r.Ratio is null);
    }

    [Theory]
    [MemberData(nameof(Narratives))]
    public void The_articles_of_a_trend_are_the_articles_search_finds(string narrative)
    {
        var query = TrendNarratives.Get(narrative);
        foreach (var scope in new[] { SearchScope.Thread, SearchScope.Comments })
        {
            var result = TrendCounter.Count(corpus.Engine, Request(TrendPeriod.Year) with { Narratives = [query.ToBatchQuery()], Scope = scope });

            var counted = Assert.Single(result.Narratives).Rows.Where(r => r.Unit == TrendUnit.Articles).Sum(r => r.Count);
            Assert.Equal(corpus.Engine.Search(new SearchRequest(query.Query, Limit: 0, Scope: scope, Snippets: false)).Total, counted);
        }
    }

    private static TrendRequest Request(TrendPeriod period) => new([], period, EveryUnit);

    // Counts one narrative and compares the periods and every row with the oracle's.
    private TrendResult AssertCountedAsTheOracleCounts(TrendNarrative narrative, TrendRequest request)
    {
        var result = TrendCounter.Count(corpus.Engine, request with { Narratives = [narrative.ToBatchQuery()] });

        var trend = Assert.Single(result.Narratives);
        Assert.Null(trend.Error);
        Assert.Equal(corpus.Oracle.Bounds(request), (result.First, result.Last));
        Assert.Equal(corpus.Oracle.Periods(request), result.Periods);
        TrendRowsAssert.Equal(corpus.Oracle.Rows(narrative, request), trend.Rows);
        return result;
    }
}
