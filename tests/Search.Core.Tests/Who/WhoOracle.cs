using System.Globalization;
using Search.Core.Schema;
using Search.Core.Tests.Trends;
using Search.Core.Trends;
using Search.Core.Who;

namespace Search.Core.Tests.Who;

/// <summary>
/// Counts <c>search who</c> by brute force from the corpus's own JSON lines: every comment and article read, each
/// narrative evaluated over every text by its <see cref="OracleQuery"/>, every unit put in its group by a name folded
/// here, and the rows built by sorting lists. It shares with <see cref="WhoCounter"/> only the analyzers and the record
/// types (and the trend oracle's calendar, itself independent of the product's), so a row both agree on was found
/// two ways: by the index's columns and bit sets, and by reading everything.
/// </summary>
internal sealed class WhoOracle
{
    private readonly List<WhoArticle> _articles;
    private readonly TrendOracle _calendar;

    /// <summary>Reads the articles of a JSON Lines corpus, one article a line.</summary>
    public WhoOracle(IReadOnlyList<string> jsonLines)
    {
        _articles = [.. jsonLines.Select(WhoArticle.Read)];
        _calendar = new TrendOracle(jsonLines);
    }

    /// <summary>The articles read, in file order.</summary>
    public IReadOnlyList<WhoArticle> Articles => _articles;

    /// <summary>
    /// A name's group key: case, runs of spaces and the typographic apostrophe folded, as the spellings of this corpus
    /// vary. Written out here rather than taken from the product's NameKey, so that the grouping is checked too.
    /// </summary>
    public static string Key(string? name) =>
        string.Join(' ', (name ?? "").Replace('\u2019', '\'').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The periods of a request counted by period: every one from the first day to the last, then <c>undated</c>.</summary>
    public IReadOnlyList<PeriodSpan> Periods(WhoRequest request) =>
        request.ByPeriod is { } by ? _calendar.Periods(new TrendRequest([], by, From: request.From, To: request.To)) : [];

    /// <summary>The ids of the threads a density keeps: enough of enough comments match, each comment on its own.</summary>
    public IReadOnlySet<string> DenseThreads(OracleQuery query, DenseThreads dense) =>
        _articles.Where(a => IsDense(a, query, dense)).Select(a => a.Id).ToHashSet();

    /// <summary>Every unit a request counts (those within its days), in corpus order, with its group and whether it matches.</summary>
    public IEnumerable<WhoUnit> Units(OracleQuery query, WhoRequest request)
    {
        var unit = request.UnitCounted;
        foreach (var article in _articles)
        {
            var matching = article.Comments.Select(c => query.Matches(c.Text.Paragraphs)).ToList();
            var dense = IsDense(article, query, request.Dense);
            if (unit == TrendUnit.Articles)
            {
                var matches = request.Scope switch
                {
                    // As search query finds it: its title, body and comments taken together.
                    SearchScope.Thread => query.Matches(article.Text.AllText),
                    SearchScope.Body => query.Matches(article.Text.Own.Paragraphs),
                    // One comment that matches on its own, not comments that match together.
                    SearchScope.Comments => matching.Contains(true),
                    _ => dense,
                };
                var (key, name) = Group(request.By, article, null);
                if (InDays(article.Text.Own.Day, request))
                {
                    yield return new WhoUnit(key, name, article.Id, 0, article.Id, article.Published ?? "", article.Text.Own.Day, matches);
                }
                continue;
            }
            foreach (var comment in article.Comments)
            {
                // In scopes thread and comments alike a comment matches by its own text; dense also wants its thread.
                var matches = matching[comment.Position] && (request.Scope != SearchScope.Dense || dense);
                var (key, name) = Group(request.By, article, comment);
                if (InDays(comment.Text.Day, request))
                {
                    yield return new WhoUnit(key, name, article.Id, comment.Position, article.Id + "/" + comment.Id,
                        comment.Published ?? "", comment.Text.Day, matches);
                }
            }
        }
    }

    /// <summary>The rows of one narrative, and how many groups had enough matches before the top was kept.</summary>
    public (IReadOnlyList<WhoRow> Rows, int Groups) Rows(TrendNarrative narrative, WhoRequest request)
    {
        var groups = Units(narrative.Meaning, request)
            .GroupBy(u => u.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Units: g.ToList(), Row: Row(narrative.Id, null, g.Key, request.By, g.ToList(), null)))
            // A group is listed for its matches: one with none is not, whatever the least asked for.
            .Where(g => g.Row.Matches >= Math.Max(1, request.Min))
            .OrderByDescending(g => g.Row.Matches).ThenByDescending(g => g.Row.Ratio ?? 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var shown = request.Top > 0 ? groups.Take(request.Top).ToList() : groups;
        if (request.ByPeriod is not { } by)
        {
            return ([.. shown.Select(g => g.Row)], groups.Count);
        }
        var rows = new List<WhoRow>();
        foreach (var group in shown)
        {
            foreach (var period in Periods(request))
            {
                var inPeriod = group.Units.Where(u => (u.Day is { } d ? TrendOracle.PeriodName(d, by) : TrendPeriodName.Undated) == period.Name).ToList();
                rows.Add(Row(narrative.Id, period.Name, group.Key, request.By, inPeriod, group.Row.Group));
            }
        }
        return (rows, groups.Count);
    }

    private static bool InDays(DateOnly? day, WhoRequest request) =>
        (request.From is null && request.To is null)
        || (day is { } d && (request.From is not { } from || d >= from) && (request.To is not { } to || d <= to));

    private static bool IsDense(WhoArticle article, OracleQuery query, DenseThreads dense)
    {
        var matching = article.Comments.Count(c => query.Matches(c.Text.Paragraphs));
        var comments = article.Comments.Count;
        return matching >= 1 && comments >= dense.MinComments && matching * 100.0 >= dense.Percent * comments;
    }

    private static (string Key, string? Name) Group(WhoGroupBy by, WhoArticle article, WhoComment? comment) => by switch
    {
        WhoGroupBy.Commenter => (Key(comment!.Author), comment.Author),
        WhoGroupBy.Source => (Key(article.Source), article.Source),
        WhoGroupBy.Author => (Key(article.Byline), article.Byline),
        _ => (article.Id, article.Id),
    };

    private static string Unnamed(WhoGroupBy by) => by switch
    {
        WhoGroupBy.Commenter => "(anonymous)",
        WhoGroupBy.Source => "(no source)",
        _ => "(no byline)",
    };

    // One row from a group's units (all of them within the days counted, or those of one period): the matches, the
    // total, and the first and last match, on the earliest and latest day of a dated one, or among the undated ones
    // when none is dated. The group is shown as spelled on its first match, unless a name is given (a period's row
    // shows the group as its whole row does).
    private static WhoRow Row(string narrative, string? period, string key, WhoGroupBy by, List<WhoUnit> units, string? name)
    {
        var matches = units.Where(u => u.Matches).ToList();
        var dated = matches.Where(u => u.Day is not null).ToList();
        var firstDay = dated.Count > 0 ? dated.Min(u => u.Day) : null;
        var lastDay = dated.Count > 0 ? dated.Max(u => u.Day) : null;
        var first = InOrder(dated.Count > 0 ? dated.Where(u => u.Day == firstDay) : matches).FirstOrDefault();
        var last = InOrder(dated.Count > 0 ? dated.Where(u => u.Day == lastDay) : matches).LastOrDefault();
        var unnamed = by != WhoGroupBy.Article && key.Length == 0;
        name ??= unnamed ? Unnamed(by) : first?.Name ?? key;
        long total = units.Count;
        return new WhoRow(narrative, period, name, unnamed, matches.Count, total, total > 0 ? (double)matches.Count / total : null,
            Day(firstDay), first?.Id, Day(lastDay), last?.Id, matches.Select(u => u.Article).Distinct().Count());
    }

    // Matches of one day by the time stored, then article id, then place in the thread.
    private static IEnumerable<WhoUnit> InOrder(IEnumerable<WhoUnit> units) =>
        units.OrderBy(u => u.Published, StringComparer.Ordinal).ThenBy(u => u.Article, StringComparer.Ordinal).ThenBy(u => u.Position);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
