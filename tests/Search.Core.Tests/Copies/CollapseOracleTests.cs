using Search.Core.Batch;
using Search.Core.Copies;
using Search.Core.Querying;
using Search.Core.Storage;
using Search.Core.Trends;
using Search.Core.Who;

namespace Search.Core.Tests.Copies;

/// <summary>
/// Counts with copies once, against a brute-force count over a corpus whose copies are known by construction
/// (<see cref="CopiesOracleCorpus"/>): each group counts once, under its earliest matching member, in query totals
/// and hits, trend counts and totals per month, and who's matches and totals per commenter and per site.
/// </summary>
public sealed class CollapseOracleTests
{
    public static TheoryData<int> Seeds => [3, 11];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_groups_found_are_the_copies_made(int seed)
    {
        using var corpus = new CopiesOracleCorpus(seed);
        using var index = ArticleIndex.Open(corpus.Index);
        var report = CopyFinder.Find(index);
        var articles = corpus.Articles.GroupBy(a => a.Group).Where(g => g.Count() > 1)
            .Select(g => string.Join(' ', g.OrderBy(a => a.Day).Select(a => a.Id))).Order().ToList();
        var comments = corpus.Articles.SelectMany(a => a.Comments.Select(c => (Key: $"{a.Id}/{c.Id}", c.Group, c.Day)))
            .GroupBy(c => c.Group).Where(g => g.Count() > 1)
            .Select(g => string.Join(' ', g.OrderBy(c => c.Day).Select(c => c.Key))).Order().ToList();
        Assert.NotEmpty(articles);
        Assert.NotEmpty(comments);
        Assert.Equal(articles, Found(report, CopyKind.Article));
        Assert.Equal(comments, Found(report, CopyKind.Comment));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Query_totals_hits_and_copies_are_the_brute_force_ones(int seed)
    {
        using var corpus = new CopiesOracleCorpus(seed);
        using var engine = SearchEngine.Open(corpus.Index);
        foreach (var word in CopiesOracleCorpus.Markers)
        {
            var matched = corpus.Articles.Where(a => a.OwnTextHas(word) || a.Comments.Any(c => c.Has(word))).ToList();
            var standing = matched.GroupBy(a => a.Group).ToDictionary(g => g.MinBy(a => a.Day)!.Id, g => g.Count() - 1);
            var results = engine.Search(new SearchRequest(word, Limit: 1000, Snippets: false) { Collapse = true });

            Assert.Equal(matched.Count, results.Total);
            Assert.Equal(standing.Count, results.TotalCollapsed);
            Assert.Equal(standing.OrderBy(s => s.Key).Select(s => $"{s.Key} +{s.Value}"),
                results.Hits.OrderBy(h => h.Id).Select(h => $"{h.Id} +{h.Copies}"));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Trend_counts_and_totals_per_month_are_the_brute_force_ones(int seed)
    {
        using var corpus = new CopiesOracleCorpus(seed);
        using var engine = SearchEngine.Open(corpus.Index);
        var narratives = CopiesOracleCorpus.Markers.Select((w, i) => new BatchQuery($"n{i}", w, i + 1)).ToList();
        var result = TrendCounter.Count(engine, new TrendRequest(narratives, TrendPeriod.Month) { Collapse = true });

        var comments = corpus.Articles.SelectMany(a => a.Comments).ToList();
        var articleTotals = Once(corpus.Articles, a => true, a => a.Group, a => a.Day);
        var commentTotals = Once(comments, c => true, c => c.Group, c => c.Day);
        foreach (var narrative in result.Narratives)
        {
            var word = narrative.Query.Query;
            var articles = Once(corpus.Articles, a => a.OwnTextHas(word) || a.Comments.Any(c => c.Has(word)), a => a.Group, a => a.Day);
            var said = Once(comments, c => c.Has(word), c => c.Group, c => c.Day);
            foreach (var row in narrative.Rows.Where(r => r.Period != "undated"))
            {
                var (counts, totals) = row.Unit == TrendUnit.Articles ? (articles, articleTotals) : (said, commentTotals);
                Assert.Equal((counts.Raw.GetValueOrDefault(row.Period), counts.Collapsed.GetValueOrDefault(row.Period)), (row.Count, row.CountCollapsed!.Value));
                Assert.Equal((totals.Raw.GetValueOrDefault(row.Period), totals.Collapsed.GetValueOrDefault(row.Period)), (row.Total!.Value, row.TotalCollapsed!.Value));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Who_matches_and_totals_by_commenter_and_by_site_are_the_brute_force_ones(int seed)
    {
        using var corpus = new CopiesOracleCorpus(seed);
        using var engine = SearchEngine.Open(corpus.Index);
        var comments = corpus.Articles.SelectMany(a => a.Comments).ToList();
        foreach (var word in CopiesOracleCorpus.Markers)
        {
            var narrative = new BatchQuery("n", word, 1);
            var byCommenter = WhoCounter.Count(engine, new WhoRequest([narrative], Top: 0) { Collapse = true });
            var bySite = WhoCounter.Count(engine, new WhoRequest([narrative], WhoGroupBy.Source, Top: 0) { Collapse = true });

            Assert.Equal(Expected(comments, c => c.Has(word), c => c.Author, c => c.Group, c => c.Day), Rows(byCommenter));
            Assert.Equal(Expected(corpus.Articles, a => a.OwnTextHas(word) || a.Comments.Any(c => c.Has(word)), a => a.Source, a => a.Group, a => a.Day),
                Rows(bySite));
        }
    }

    private static List<string> Found(CopyReport report, CopyKind kind) =>
        [.. report.Clusters.Where(c => c.Kind == kind).Select(c => string.Join(' ', c.Members.Select(m => m.Key))).Order()];

    // Per month: the matching units, and the groups among them each once, in the month of its earliest matching member.
    private static (Dictionary<string, long> Raw, Dictionary<string, long> Collapsed) Once<T>(
        IEnumerable<T> units, Func<T, bool> matches, Func<T, string> group, Func<T, DateOnly> day)
    {
        var matched = units.Where(matches).ToList();
        var raw = matched.GroupBy(u => Month(day(u))).ToDictionary(g => g.Key, g => (long)g.Count());
        var collapsed = matched.GroupBy(group).Select(g => g.Min(day)).GroupBy(Month).ToDictionary(g => g.Key, g => (long)g.Count());
        return (raw, collapsed);
    }

    // Per group (commenter, site) with a match: matches, total, and both with copies once (a copy counted under the
    // group of its earliest member: among the matches for matches, among all units for totals).
    private static List<string> Expected<T>(List<T> units, Func<T, bool> matches, Func<T, string> owner, Func<T, string> group, Func<T, DateOnly> day)
    {
        var matched = units.Where(matches).ToList();
        var firstMatch = matched.GroupBy(group).Select(g => g.MinBy(day)!).ToHashSet();
        var firstOfAll = units.GroupBy(group).Select(g => g.MinBy(day)!).ToHashSet();
        return [.. matched.GroupBy(owner).Select(g =>
            $"{g.Key} {g.Count()} {units.Count(u => owner(u) == g.Key)} {g.Count(firstMatch.Contains)} {units.Count(u => owner(u) == g.Key && firstOfAll.Contains(u))}").Order()];
    }

    private static List<string> Rows(WhoResult result) =>
        [.. result.Narratives.Single().Rows.Select(r => $"{r.Group} {r.Matches} {r.Total} {r.MatchesCollapsed} {r.TotalCollapsed}").Order()];

    private static string Month(DateOnly day) => day.ToString("yyyy-MM");
}
