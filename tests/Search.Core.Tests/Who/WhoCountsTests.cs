using System.Text.Json.Nodes;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Tests.Trends;
using Search.Core.Trends;
using Search.Core.Who;

namespace Search.Core.Tests.Who;

/// <summary>
/// Every count of <c>search who</c> is exact. Given 300 generated articles with their comments, varied where who looks
/// (<see cref="WhoCorpusIndex"/>), each row (group, matches, total, ratio, first and last seen and their ids, articles)
/// is the row <see cref="WhoOracle"/> makes by reading every text: for every grouping and unit, every kind of
/// narrative, scopes thread, body, comments and dense at two densities, a range of days, periods, top and least.
/// </summary>
public sealed class WhoCountsTests(WhoCorpusIndex corpus) : IClassFixture<WhoCorpusIndex>
{
    // A loose density and a strict one, stricter in both share and length, so that the strict one's threads are
    // some of the loose one's.
    private const string Loose = "dense 20% of 2+";
    private const string Strict = "dense 50% of 3+";
    private static readonly DenseThreads LooseDensity = new(20, 2);
    private static readonly DenseThreads StrictDensity = new(50, 3);

    // Mid-month on both ends, so that the first and last months are cut; on days with an article and a comment, so
    // that counting a day too many or too few shows.
    private static readonly DateOnly From = new(2021, 3, 22);
    private static readonly DateOnly To = new(2023, 2, 10);

    private static readonly string[] TomkoSpellings = ["Tomko Kubianca", "tomko  kubianca", "TOMKO KUBIANCA"];

    private static readonly (WhoGroupBy By, TrendUnit Unit)[] EveryGrouping =
    [
        (WhoGroupBy.Commenter, TrendUnit.Comments), (WhoGroupBy.Article, TrendUnit.Comments),
        (WhoGroupBy.Source, TrendUnit.Articles), (WhoGroupBy.Source, TrendUnit.Comments),
        (WhoGroupBy.Author, TrendUnit.Articles), (WhoGroupBy.Author, TrendUnit.Comments),
    ];

    public static TheoryData<WhoGroupBy, TrendUnit> Groupings
    {
        get
        {
            var data = new TheoryData<WhoGroupBy, TrendUnit>();
            foreach (var (by, unit) in EveryGrouping)
            {
                data.Add(by, unit);
            }
            return data;
        }
    }

    public static TheoryData<string> Narratives => [.. WhoNarratives.All.Select(n => n.Id)];

    public static TheoryData<WhoGroupBy, TrendUnit, string, string> GroupingsByScopeAndNarrative
    {
        get
        {
            var data = new TheoryData<WhoGroupBy, TrendUnit, string, string>();
            foreach (var (by, unit) in EveryGrouping)
            {
                foreach (var scope in new[] { "thread", "comments", Loose, Strict })
                {
                    foreach (var narrative in WhoNarratives.All)
                    {
                        data.Add(by, unit, scope, narrative.Id);
                    }
                }
            }
            return data;
        }
    }

    public static TheoryData<WhoGroupBy, string> ArticleGroupingsByNarrative
    {
        get
        {
            var data = new TheoryData<WhoGroupBy, string>();
            foreach (var by in new[] { WhoGroupBy.Source, WhoGroupBy.Author })
            {
                foreach (var narrative in WhoNarratives.All)
                {
                    data.Add(by, narrative.Id);
                }
            }
            return data;
        }
    }

    public static TheoryData<WhoGroupBy, TrendUnit, string> GroupingsByScope
    {
        get
        {
            var data = new TheoryData<WhoGroupBy, TrendUnit, string>();
            foreach (var (by, unit) in EveryGrouping)
            {
                data.Add(by, unit, "thread");
                data.Add(by, unit, Loose);
            }
            return data;
        }
    }

    public static TheoryData<WhoGroupBy, TrendUnit, TrendPeriod> GroupingsByPeriod
    {
        get
        {
            var data = new TheoryData<WhoGroupBy, TrendUnit, TrendPeriod>();
            foreach (var (by, unit) in EveryGrouping)
            {
                data.Add(by, unit, TrendPeriod.Month);
                data.Add(by, unit, TrendPeriod.Year);
            }
            return data;
        }
    }

    [Fact]
    public void The_corpus_has_every_case_the_counts_tell_apart()
    {
        var articles = corpus.Lines.Select(line => JsonNode.Parse(line)!).ToList();
        var comments = articles.SelectMany(a => a["comments"]!.AsArray()).ToList();
        var authors = comments.Select(c => (string?)c!["author"]).ToList();

        // One commenter spelled as written, in another case, with a double space, with a typographic apostrophe.
        Assert.Contains("Tomko Kubianca", authors);
        Assert.Contains("tomko  kubianca", authors);
        Assert.Contains("TOMKO KUBIANCA", authors);
        Assert.Contains("Pat O'Hara", authors);
        Assert.Contains("Pat O\u2019Hara", authors);
        // Anonymous comments: no author, and an author of spaces only.
        Assert.Contains(null, authors);
        Assert.Contains("   ", authors);
        // Articles with and without a site and a byline, and undated ones; comments with and without their own date.
        Assert.Contains(articles, a => a["source"] is null);
        Assert.Contains(articles, a => a["source"] is not null);
        Assert.Contains(articles, a => a["author"] is null);
        Assert.Contains(articles, a => a["author"] is not null);
        Assert.Contains(articles, a => a["published"] is null);
        Assert.Contains(comments, c => c!["published"] is null);
        Assert.Contains(comments, c => c!["published"] is not null);
        // Commenters write in many threads.
        var threads = corpus.Oracle.Articles.SelectMany(a => a.Comments.Select(c => (Key: WhoOracle.Key(c.Author), a.Id))).Distinct()
            .GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(threads, t => Assert.True(t.Value >= 3, $"{t.Key} writes in {t.Value} threads"));
    }

    [Fact]
    public void Matches_tie_on_a_groups_first_and_last_day_and_are_told_apart_by_time_article_and_place()
    {
        // The either narrative's commenter matches, each group's on its first and on its last day.
        var request = new WhoRequest([], WhoGroupBy.Commenter);
        var matches = corpus.Oracle.Units(WhoNarratives.Either.Meaning, request).Where(u => u.Matches && u.Day is not null).ToList();
        var edgeDays = matches.GroupBy(u => u.Key)
            .SelectMany(g => new[] { g.Where(u => u.Day == g.Min(m => m.Day)).ToList(), g.Where(u => u.Day == g.Max(m => m.Day)).ToList() })
            .ToList();

        // Several on one day, with times that differ; with one time in different articles; in one article.
        Assert.Contains(edgeDays, day => day.Select(u => u.Published).Distinct().Count() > 1);
        Assert.Contains(edgeDays, day => day.GroupBy(u => u.Published).Any(t => t.Select(u => u.Article).Distinct().Count() > 1));
        Assert.Contains(edgeDays, day => day.GroupBy(u => (u.Published, u.Article)).Any(t => t.Count() > 1));
    }

    [Theory]
    [MemberData(nameof(Narratives))]
    public void Every_narrative_is_said_by_many_commenters_in_many_threads(string narrative)
    {
        var (rows, groups) = corpus.Oracle.Rows(WhoNarratives.Get(narrative), new WhoRequest([], Top: 0));

        // A narrative said by a few could agree with a wrong count by luck.
        Assert.True(groups >= 8, $"{groups} commenters");
        Assert.True(rows.Sum(r => r.Matches) >= 30, $"{rows.Sum(r => r.Matches)} comments");
        Assert.Contains(rows, r => r.Articles > 1 && r.Articles < r.Matches);
    }

    [Theory]
    [MemberData(nameof(GroupingsByScopeAndNarrative))]
    public void Every_row_is_the_row_of_reading_every_comment_and_article(WhoGroupBy by, TrendUnit unit, string scope, string narrative) =>
        AssertCountedAsTheOracleCounts(Request(by, unit, scope), WhoNarratives.Get(narrative));

    [Theory]
    [MemberData(nameof(ArticleGroupingsByNarrative))]
    public void In_scope_body_an_article_is_counted_by_its_title_and_body_alone(WhoGroupBy by, string narrative) =>
        AssertCountedAsTheOracleCounts(Request(by, TrendUnit.Articles, "body"), WhoNarratives.Get(narrative));

    [Theory]
    [MemberData(nameof(GroupingsByScope))]
    public void From_and_to_count_only_the_dated_units_of_their_days_in_matches_and_totals(WhoGroupBy by, TrendUnit unit, string scope)
    {
        Assert.All(new[] { From, To }, day => Assert.True(
            corpus.Oracle.Articles.Any(a => a.Text.Own.Day == day) && corpus.Oracle.Articles.Any(a => a.Comments.Any(c => c.Text.Day == day)),
            $"an article and a comment on {day:yyyy-MM-dd}"));

        var result = AssertCountedAsTheOracleCounts(Request(by, unit, scope) with { From = From, To = To }, [.. WhoNarratives.All]);

        Assert.All(result.Narratives.SelectMany(n => n.Rows), r => Assert.True(
            string.CompareOrdinal(r.FirstSeen, "2021-03-22") >= 0 && string.CompareOrdinal(r.LastSeen, "2023-02-10") <= 0, r.ToString()));
    }

    [Theory]
    [MemberData(nameof(GroupingsByPeriod))]
    public void By_period_every_shown_group_gets_every_period_zero_filled_then_undated(WhoGroupBy by, TrendUnit unit, TrendPeriod period)
    {
        var request = Request(by, unit, "comments") with { ByPeriod = period, Top = 6 };

        var result = AssertCountedAsTheOracleCounts(request, [.. WhoNarratives.All]);

        Assert.Equal(TrendPeriodName.Undated, result.Periods[^1].Name);
        Assert.All(result.Narratives, n => Assert.Equal(n.Rows.Select(r => r.Group).Distinct().Count() * result.Periods.Count, n.Rows.Count));
        // Periods where a group says nothing, and for the comment units, the undated comments counted.
        Assert.Contains(result.Narratives.SelectMany(n => n.Rows), r => r.Matches == 0 && r.FirstId is null);
        Assert.Contains(result.Narratives.SelectMany(n => n.Rows), r => r.Period == TrendPeriodName.Undated && r.Matches > 0);
    }

    [Theory]
    [MemberData(nameof(GroupingsByPeriod))]
    public void By_period_from_and_to_cut_the_first_and_last_periods_and_leave_undated_empty(WhoGroupBy by, TrendUnit unit, TrendPeriod period)
    {
        var request = Request(by, unit, "thread") with { ByPeriod = period, From = From, To = To, Top = 5 };

        var result = AssertCountedAsTheOracleCounts(request, [.. WhoNarratives.All]);

        Assert.Equal(TrendOracle.PeriodName(From, period), result.Periods[0].Name);
        Assert.Equal([TrendOracle.PeriodName(To, period), TrendPeriodName.Undated], result.Periods.TakeLast(2).Select(p => p.Name));
        Assert.All(result.Narratives.SelectMany(n => n.Rows).Where(r => r.Period == TrendPeriodName.Undated),
            r => Assert.Equal((0, 0, null), (r.Matches, r.Total, r.Ratio)));
    }

    [Theory]
    [MemberData(nameof(Groupings))]
    public void Top_keeps_the_best_groups_of_those_with_the_least_matches_and_groups_counts_them_all(WhoGroupBy by, TrendUnit unit)
    {
        foreach (var (top, min) in new[] { (3, 2), (1, 1), (0, 4) })
        {
            var result = AssertCountedAsTheOracleCounts(Request(by, unit, "thread") with { Top = top, Min = min }, [.. WhoNarratives.All]);

            Assert.All(result.Narratives, n => Assert.True(n.Rows.All(r => r.Matches >= min) && (top == 0 || n.Rows.Count <= top)));
        }
        // Top cuts groups, not their periods.
        AssertCountedAsTheOracleCounts(Request(by, unit, "comments") with { Top = 2, Min = 2, ByPeriod = TrendPeriod.Year }, [.. WhoNarratives.All]);
    }

    [Theory]
    [MemberData(nameof(Narratives))]
    public void The_two_densities_select_different_nested_sets_of_threads_and_the_same_as_the_oracle(string narrative)
    {
        var query = WhoNarratives.Get(narrative);
        var loose = corpus.Oracle.DenseThreads(query.Meaning, LooseDensity);
        var strict = corpus.Oracle.DenseThreads(query.Meaning, StrictDensity);

        Assert.True(strict.IsProperSubsetOf(loose), $"{strict.Count} strict threads in {loose.Count} loose ones");
        Assert.NotEmpty(strict);
        foreach (var (density, threads) in new[] { (LooseDensity, loose), (StrictDensity, strict) })
        {
            var search = corpus.Engine.Search(new SearchRequest(query.Query, Limit: 1000, Scope: SearchScope.Dense, Snippets: false, Dense: density));
            Assert.Equal(threads.Order(StringComparer.Ordinal), search.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
            // Every dense thread has a matching comment, so who by article lists each of them.
            var who = WhoCounter.Count(corpus.Engine, new WhoRequest([query.ToBatchQuery()], WhoGroupBy.Article, Top: 0, Scope: SearchScope.Dense) { Dense = density });
            Assert.Equal(threads.Order(StringComparer.Ordinal), Assert.Single(who.Narratives).Rows.Select(r => r.Group).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Each_density_keeps_threads_exactly_at_its_share_and_length()
    {
        // A thread at the share exactly (1 of 5 at 20%, 2 of 4 at 50%), and one at the length exactly, for some
        // narrative: where > and >= differ.
        foreach (var density in new[] { LooseDensity, StrictDensity })
        {
            var threads = WhoNarratives.All.SelectMany(n => corpus.Oracle.Articles.Select(a =>
                (Matching: a.Comments.Count(c => n.Meaning.Matches(c.Text.Paragraphs)), a.Comments.Count))).ToList();
            Assert.Contains(threads, t => t.Matching > 0 && t.Count >= density.MinComments && t.Matching * 100.0 == density.Percent * t.Count);
            Assert.Contains(threads, t => t.Count == density.MinComments && t.Matching * 100.0 >= density.Percent * t.Count);
        }
    }

    [Fact]
    public void The_spellings_of_one_name_are_one_commenter_shown_as_written_on_its_first_match()
    {
        var result = AssertCountedAsTheOracleCounts(new WhoRequest([], Top: 0), WhoNarratives.Either);

        var rows = Assert.Single(result.Narratives).Rows;
        var tomko = Assert.Single(rows, r => WhoOracle.Key(r.Group) == "tomko kubianca");
        Assert.Contains(tomko.Group, TomkoSpellings);
        Assert.Single(rows, r => WhoOracle.Key(r.Group) == "pat o'hara");
        var anonymous = Assert.Single(rows, r => r.Unnamed);
        Assert.Equal("(anonymous)", anonymous.Group);
    }

    [Fact]
    public void A_commenter_with_no_dated_match_has_no_first_or_last_day_and_ids_from_the_undated_ones()
    {
        var result = AssertCountedAsTheOracleCounts(new WhoRequest([], Top: 0, Min: 1), WhoNarratives.Either);

        var una = Assert.Single(Assert.Single(result.Narratives).Rows, r => WhoOracle.Key(r.Group) == "una dett");
        Assert.Equal((null, null), (una.FirstSeen, una.LastSeen));
        Assert.NotNull(una.FirstId);
        Assert.NotNull(una.LastId);
        Assert.True(una.Matches > 1 && una.FirstId != una.LastId, una.ToString());
    }

    private static WhoRequest Request(WhoGroupBy by, TrendUnit unit, string scope)
    {
        var request = new WhoRequest([], by, unit, Top: 0);
        return scope switch
        {
            "thread" => request with { Scope = SearchScope.Thread },
            "body" => request with { Scope = SearchScope.Body },
            "comments" => request with { Scope = SearchScope.Comments },
            Loose => request with { Scope = SearchScope.Dense, Dense = LooseDensity },
            Strict => request with { Scope = SearchScope.Dense, Dense = StrictDensity },
            _ => throw new ArgumentException(scope, nameof(scope)),
        };
    }

    // Counts the narratives together and compares every narrative's rows, and how many groups it had, with the
    // oracle's: both ways the product can take, from the columns and (where it applies) from the stored fields.
    private WhoResult AssertCountedAsTheOracleCounts(WhoRequest request, params TrendNarrative[] narratives)
    {
        var fromStored = AssertOneWayCountsAsTheOracle(request with { SparseLimit = long.MaxValue }, narratives);
        var fromColumns = AssertOneWayCountsAsTheOracle(request with { SparseLimit = 0 }, narratives);
        Assert.Equal(fromColumns.Narratives.SelectMany(n => n.Rows), fromStored.Narratives.SelectMany(n => n.Rows));
        return fromColumns;
    }

    private WhoResult AssertOneWayCountsAsTheOracle(WhoRequest request, TrendNarrative[] narratives)
    {
        var result = WhoCounter.Count(corpus.Engine, request with { Narratives = [.. narratives.Select((n, i) => n.ToBatchQuery(i + 1))] });

        Assert.Equal(request.UnitCounted, result.Unit);
        Assert.Equal(corpus.Oracle.Periods(request), result.Periods);
        Assert.Empty(result.Notes);
        Assert.Equal(narratives.Select(n => n.Id), result.Narratives.Select(n => n.Query.Id));
        foreach (var (narrative, who) in narratives.Zip(result.Narratives))
        {
            Assert.Null(who.Error);
            var (rows, groups) = corpus.Oracle.Rows(narrative, request);
            TrendRowsAssert.Equal(rows, who.Rows);
            Assert.Equal(groups, who.Groups);
        }
        return result;
    }
}
