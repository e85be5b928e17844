using System.Globalization;
using System.Text.Json.Nodes;
using Search.Core.Schema;
using Search.Core.Trends;

namespace Search.Core.Tests.Trends;

/// <summary>
/// Counts a trend by brute force from the corpus's own JSON lines: every article and comment read and split into
/// paragraphs, each narrative evaluated over every text by its <see cref="OracleQuery"/>, every day of the range
/// walked to name the periods. It shares with <see cref="TrendCounter"/> only the analyzers and the record types,
/// so a count both agree on was found two ways: by the index and by reading everything.
/// </summary>
internal sealed class TrendOracle
{
    private readonly List<OracleArticle> _articles;

    /// <summary>Reads the articles of a JSON Lines corpus, one article a line.</summary>
    public TrendOracle(IEnumerable<string> jsonLines) => _articles = [.. jsonLines.Select(Read)];

    /// <summary>The articles read, in file order.</summary>
    public IReadOnlyList<OracleArticle> Articles => _articles;

    /// <summary>The first and last day of a dated article or comment; null when nothing has a date.</summary>
    public (DateOnly? First, DateOnly? Last) DatedRange()
    {
        var days = _articles.SelectMany(a => a.Comments.Prepend(a.Own)).Select(t => t.Day).OfType<DateOnly>().ToList();
        return days.Count == 0 ? (null, null) : (days.Min(), days.Max());
    }

    /// <summary>The first and last day a request counts: its own bounds, else the first and last dated article or comment.</summary>
    public (DateOnly? First, DateOnly? Last) Bounds(TrendRequest request)
    {
        var (first, last) = DatedRange();
        return (request.From ?? first, request.To ?? last);
    }

    /// <summary>The periods of a request: every one from the first day's to the last day's, then <c>undated</c>.</summary>
    public IReadOnlyList<PeriodSpan> Periods(TrendRequest request)
    {
        var (first, last) = Bounds(request);
        var periods = new List<PeriodSpan>();
        if (first is { } day && last is { } end)
        {
            // Every day, not every period: a period is there because a day of the range falls in it.
            for (; day <= end; day = day.AddDays(1))
            {
                var name = PeriodName(day, request.Period);
                if (periods.Count == 0 || periods[^1].Name != name)
                {
                    periods.Add(new PeriodSpan(name, PeriodStart(day, request.Period)));
                }
            }
        }
        periods.Add(new PeriodSpan(TrendPeriodName.Undated, null));
        return periods;
    }

    /// <summary>The rows a narrative should get: by period, then unit in the order asked.</summary>
    public IReadOnlyList<TrendRow> Rows(TrendNarrative narrative, TrendRequest request)
    {
        if (request.Scope == SearchScope.Body)
        {
            throw new ArgumentException("the oracle counts scopes all and comments", nameof(request));
        }
        var periods = Periods(request);
        var (first, last) = Bounds(request);
        var slots = periods.Select((p, i) => (p.Name, i)).ToDictionary(p => p.Name, p => p.i);
        int Slot(DateOnly? day) => day is not { } d ? periods.Count - 1
            : d < first || d > last ? -1
            : slots[PeriodName(d, request.Period)];
        var counts = Enum.GetValues<TrendUnit>().ToDictionary(u => u, _ => new long[periods.Count]);
        var totals = new[] { TrendUnit.Articles, TrendUnit.Comments }.ToDictionary(u => u, _ => new long[periods.Count]);
        var query = narrative.Meaning;
        foreach (var article in _articles)
        {
            if (Slot(article.Own.Day) is var slot and >= 0)
            {
                totals[TrendUnit.Articles][slot]++;
                // In the comments scope a thread counts when one of its comments matches on its own.
                if (request.Scope == SearchScope.Comments ? article.Comments.Any(c => query.Matches(c.Paragraphs)) : query.Matches(article.AllText))
                {
                    counts[TrendUnit.Articles][slot]++;
                    // Occurrences in the article's own text count only where its title and body are searched.
                    if (request.Scope == SearchScope.Thread)
                    {
                        counts[TrendUnit.Occurrences][slot] += query.Places(article.Own.Paragraphs).Distinct().Count();
                    }
                }
            }
            foreach (var comment in article.Comments)
            {
                if (Slot(comment.Day) is var commentSlot and >= 0)
                {
                    totals[TrendUnit.Comments][commentSlot]++;
                    if (query.Matches(comment.Paragraphs))
                    {
                        counts[TrendUnit.Comments][commentSlot]++;
                        counts[TrendUnit.Occurrences][commentSlot] += query.Places(comment.Paragraphs).Distinct().Count();
                    }
                }
            }
        }
        var rows = new List<TrendRow>();
        for (var p = 0; p < periods.Count; p++)
        {
            foreach (var unit in request.UnitsCounted)
            {
                long? total = totals.TryGetValue(unit, out var all) ? all[p] : null;
                var count = counts[unit][p];
                rows.Add(new TrendRow(narrative.Id, periods[p].Name, unit, count, total, total > 0 ? (double)count / total : null));
            }
        }
        return rows;
    }

    /// <summary>A day's period, named in ISO 8601: computed here from the day alone, not by the product's calendar.</summary>
    public static string PeriodName(DateOnly day, TrendPeriod by)
    {
        var inv = CultureInfo.InvariantCulture;
        var time = day.ToDateTime(TimeOnly.MinValue);
        return by switch
        {
            TrendPeriod.Day => day.ToString("yyyy-MM-dd", inv),
            TrendPeriod.Week => string.Create(inv, $"{ISOWeek.GetYear(time):D4}-W{ISOWeek.GetWeekOfYear(time):D2}"),
            TrendPeriod.Month => day.ToString("yyyy-MM", inv),
            TrendPeriod.Quarter => string.Create(inv, $"{day.Year:D4}-Q{(day.Month + 2) / 3}"),
            _ => day.ToString("yyyy", inv),
        };
    }

    // The first day of a day's period: for a week its Monday, which may be in the year before.
    private static DateOnly PeriodStart(DateOnly day, TrendPeriod by)
    {
        var time = day.ToDateTime(TimeOnly.MinValue);
        return by switch
        {
            TrendPeriod.Day => day,
            TrendPeriod.Week => DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(time), ISOWeek.GetWeekOfYear(time), DayOfWeek.Monday)),
            TrendPeriod.Month => new DateOnly(day.Year, day.Month, 1),
            TrendPeriod.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
            _ => new DateOnly(day.Year, 1, 1),
        };
    }

    private static OracleArticle Read(string line)
    {
        var article = JsonNode.Parse(line)!.AsObject();
        var day = Day(article["published"]);
        var own = new DatedText(day, [AnalyzedParagraph.Of((string)article["title"]!), .. Paragraphs(article["body"])]);
        var comments = (article["comments"]?.AsArray() ?? [])
            .Select(c => new DatedText(Day(c!["published"]) ?? day, Paragraphs(c["body"])))
            .ToList();
        return new OracleArticle(own, comments);
    }

    // The first ten characters of an ISO date or date-time; the corpus writes times in UTC, so that is the day.
    private static DateOnly? Day(JsonNode? published) =>
        published?.GetValue<string>() is { } text
            ? DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    // Paragraphs are separated by a blank line; blank ones are not paragraphs.
    private static List<AnalyzedParagraph> Paragraphs(JsonNode? body) =>
        [.. ((string?)body ?? "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(AnalyzedParagraph.Of)];
}
