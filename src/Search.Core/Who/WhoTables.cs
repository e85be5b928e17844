using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Copies;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Trends;

namespace Search.Core.Who;

/// <summary>
/// What the narratives of one <c>search who</c> share: the grouping, the days and the period slots, and the stored
/// fields read at the end for the few groups shown (their names as pages show them, their first and last ids).
/// </summary>
internal sealed class WhoTables(SearchEngine engine, WhoGrouping grouping, DayColumns days, DayWindow window, PeriodCalendar? calendar, int periods)
{
    private static readonly HashSet<string> CommentFields = [FieldNames.CommentArticle, FieldNames.CommentId, "comment_published", "comment_author"];
    private static readonly HashSet<string> ArticleFields = [FieldNames.Id, FieldNames.Published, FieldNames.Source, FieldNames.Byline];

    private readonly IndexReader _reader = engine.Searcher.IndexReader;

    // With copies counted once: per group (and period slot) the units that are copies of an earlier one, to take off totals.
    private Dictionary<(int Group, int Slot), long>? _copiesInTotals;

    /// <summary>How documents find their groups.</summary>
    public WhoGrouping Grouping => grouping;

    /// <summary>
    /// The matches of every group, or with <paramref name="only"/> those groups' matches per period slot, walked in
    /// document order (a thread's comments are one run). Matches outside the days counted are left out.
    /// </summary>
    public Dictionary<(int Group, int Slot), GroupTally> Tally(Dictionary<int, FixedBitSet> matched, IReadOnlySet<int>? only)
    {
        var tallies = new Dictionary<(int, int), GroupTally>();
        foreach (var leaf in _reader.Leaves)
        {
            if (!matched.TryGetValue(leaf.Ord, out var docs))
            {
                continue;
            }
            var groups = grouping.Groups(leaf.Ord);
            var column = days.Days[leaf.Ord];
            foreach (var doc in MatchedDocs.Each(docs))
            {
                var day = column[doc];
                if (!window.Holds(day) || groups(doc) is not (var group and >= 0) || (only is not null && !only.Contains(group)))
                {
                    continue;
                }
                var slot = only is null ? 0 : SlotOf(day);
                if (slot < 0)
                {
                    continue;
                }
                if (!tallies.TryGetValue((group, slot), out var tally))
                {
                    tallies[(group, slot)] = tally = new GroupTally();
                }
                tally.Add(leaf.DocBase + doc, day == 0 ? null : day - 1, grouping.ArticleOf(leaf.Ord, doc));
            }
        }
        return tallies;
    }

    /// <summary>
    /// A narrative's matches per group (and per period slot) with each group of copies counted once, under its earliest
    /// match within the days counted; only the groups given.
    /// </summary>
    public Dictionary<(int Group, int Slot), long> TallyOnce(Dictionary<int, FixedBitSet> matched, IReadOnlySet<int> only, bool byPeriod)
    {
        var copies = CopyCollapse.Of(engine.Copies, CopyKindCounted, _reader,
            (segment, doc) => matched.TryGetValue(segment, out var docs) && docs.Get(doc) && window.Holds(days.Days[segment][doc]));
        var kept = matched.ToDictionary(m => m.Key, m => copies.Without(m.Key, m.Value));
        // Without periods every match is in slot 0, as Tally counts it when given no groups.
        return Tally(kept, byPeriod ? only : null).Where(t => only.Contains(t.Key.Group)).ToDictionary(t => t.Key, t => t.Value.Matches);
    }

    /// <summary>Finds, once for all narratives, the units that are copies of an earlier one, to count totals with copies once.</summary>
    public void CountCopiesOnce()
    {
        var copies = CopyCollapse.Of(engine.Copies, CopyKindCounted, _reader, (segment, doc) => window.Holds(days.Days[segment][doc]));
        var counts = new Dictionary<(int, int), long>();
        foreach (var (segment, hidden) in copies.Hidden)
        {
            var groups = grouping.Groups(segment);
            for (var doc = hidden.NextSetBit(0); doc >= 0; doc = doc + 1 < hidden.Length ? hidden.NextSetBit(doc + 1) : -1)
            {
                if (groups(doc) is var group and >= 0)
                {
                    // Both keys: slot 0 for rows over all days, and the period's slot.
                    counts[(group, -1)] = counts.GetValueOrDefault((group, -1)) + 1;
                    if (SlotOf(days.Days[segment][doc]) is var slot and >= 0)
                    {
                        counts[(group, slot)] = counts.GetValueOrDefault((group, slot)) + 1;
                    }
                }
            }
        }
        _copiesInTotals = counts;
    }

    private CopyKind CopyKindCounted => grouping.Unit == TrendUnit.Comments ? CopyKind.Comment : CopyKind.Article;

    /// <summary>For articles as groups: each thread's comments within the days counted.</summary>
    public Dictionary<int, long> ThreadTotals(IEnumerable<int> articles)
    {
        var totals = new Dictionary<int, long>();
        var wanted = articles.ToHashSet();
        grouping.EachUnit(days, wanted, (article, day) =>
        {
            if (window.Holds(day))
            {
                totals[article] = totals.GetValueOrDefault(article) + 1;
            }
        });
        foreach (var article in wanted)
        {
            totals.TryAdd(article, 0);
        }
        return totals;
    }

    /// <summary>What groups are ordered by after matches and ratio: the name key, or for articles their id.</summary>
    public Func<int, string> SortNames(IEnumerable<int> groups)
    {
        if (grouping.By != WhoGroupBy.Article)
        {
            return grouping.Key;
        }
        var ids = groups.ToDictionary(g => g, g => Load(g, ArticleFields).Get(FieldNames.Id) ?? "");
        return g => ids[g];
    }

    /// <summary>The rows of every narrative: each shown group described, and by period when asked.</summary>
    public List<NarrativeWho> Rows(WhoRequest request, IReadOnlyList<NarrativeCount> counted)
    {
        Dictionary<(int, int), long>? periodTotals = null;
        if (request.ByPeriod is not null)
        {
            var totals = periodTotals = [];
            grouping.EachUnit(days, counted.SelectMany(c => c.Shown.Select(s => s.Group)).ToHashSet(), (group, day) =>
            {
                if (window.Holds(day) && SlotOf(day) is var slot and >= 0)
                {
                    totals[(group, slot)] = totals.GetValueOrDefault((group, slot)) + 1;
                }
            });
        }
        var result = new List<NarrativeWho>(counted.Count);
        foreach (var narrative in counted)
        {
            var rows = new List<WhoRow>();
            foreach (var shown in narrative.Shown)
            {
                // Per narrative, not once per group: the name is the one on this narrative's first match, so that a
                // narrative gets the same rows counted alone or with others.
                var name = Name(shown.Group, shown.Tally);
                if (narrative.ByPeriod is null)
                {
                    rows.Add(Once(Row(narrative.Query.Id, null, name, shown.Tally, shown.Total), narrative, shown.Group, null));
                    continue;
                }
                for (var slot = 0; slot < periods; slot++)
                {
                    var tally = narrative.ByPeriod.GetValueOrDefault((shown.Group, slot)) ?? new GroupTally();
                    rows.Add(Once(Row(narrative.Query.Id, slot, name, tally, periodTotals!.GetValueOrDefault((shown.Group, slot))), narrative, shown.Group, slot));
                }
            }
            result.Add(new NarrativeWho(narrative.Query, rows, narrative.Groups, narrative.Error, narrative.Notes));
        }
        return result;
    }

    // A row with its counts with copies once beside the raw ones, when they were counted.
    private WhoRow Once(WhoRow row, NarrativeCount narrative, int group, int? slot)
    {
        if (narrative.Collapsed is not { } collapsed || _copiesInTotals is not { } copies)
        {
            return row;
        }
        return row with
        {
            MatchesCollapsed = collapsed.GetValueOrDefault((group, slot ?? 0)),
            TotalCollapsed = row.Total - copies.GetValueOrDefault((group, slot ?? -1)),
        };
    }

    private WhoRow Row(string narrative, int? slot, (string Name, bool Unnamed) group, GroupTally tally, long total)
    {
        // With no dated match, the first and last by article id and place, so that an id is there to look at.
        var first = Earliest(tally.FirstDocs, last: false) ?? Earliest(tally.UndatedDocs, last: false);
        var last = Earliest(tally.LastDocs, last: true) ?? Earliest(tally.UndatedDocs, last: true);
        var period = slot is { } s ? (s < periods - 1 ? calendar!.Name(s) : TrendPeriodName.Undated) : null;
        return new WhoRow(narrative, period, group.Name, group.Unnamed, tally.Matches, total,
            total > 0 ? (double)tally.Matches / total : null,
            Day(tally.FirstDay), first is null ? null : Id(first.Value),
            Day(tally.LastDay), last is null ? null : Id(last.Value),
            tally.Articles);
    }

    private int SlotOf(int day) => day == 0 ? periods - 1 : calendar?.IndexOf(day - 1) ?? -1;

    private static string? Day(int? day) => day is { } d ? DayNumber.Date(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    // Of the matches on one day, the earliest (or latest) by the time stored, then article id, then place in the
    // index: the same answer whatever order the documents were indexed in, except for copies of one article.
    private int? Earliest(List<int> docs, bool last)
    {
        if (docs.Count <= 1)
        {
            return docs.Count == 0 ? null : docs[0];
        }
        var ordered = docs.Select(d => (Doc: d, Key: SortKey(d))).OrderBy(d => d.Key.Published, StringComparer.Ordinal)
            .ThenBy(d => d.Key.Article, StringComparer.Ordinal).ThenBy(d => d.Doc).ToList();
        return last ? ordered[^1].Doc : ordered[0].Doc;
    }

    private (string Published, string Article) SortKey(int doc)
    {
        if (grouping.Unit == TrendUnit.Comments)
        {
            var comment = Load(doc, CommentFields);
            return (comment.Get("comment_published") ?? "", comment.Get(FieldNames.CommentArticle) ?? "");
        }
        var article = Load(doc, ArticleFields);
        return (article.Get(FieldNames.Published) ?? "", article.Get(FieldNames.Id) ?? "");
    }

    private string Id(int doc)
    {
        if (grouping.Unit == TrendUnit.Comments)
        {
            var comment = Load(doc, CommentFields);
            return comment.Get(FieldNames.CommentArticle) + "/" + comment.Get(FieldNames.CommentId);
        }
        return Load(doc, ArticleFields).Get(FieldNames.Id) ?? "";
    }

    // A group as the page shows it: the name on its first match, so that spellings folded together are shown one way;
    // the group of no name by its label.
    private (string Name, bool Unnamed) Name(int group, GroupTally tally)
    {
        if (grouping.By == WhoGroupBy.Article)
        {
            return (Load(group, ArticleFields).Get(FieldNames.Id) ?? "", false);
        }
        if (grouping.Key(group).Length == 0)
        {
            return (WhoNames.Unnamed(grouping.By), true);
        }
        // A group is shown for its matches, so it has a dated or an undated one.
        var doc = (Earliest(tally.FirstDocs, last: false) ?? Earliest(tally.UndatedDocs, last: false))!.Value;
        var name = grouping.By switch
        {
            WhoGroupBy.Commenter => Load(doc, CommentFields).Get("comment_author"),
            WhoGroupBy.Source => Load(grouping.ArticleOf(doc), ArticleFields).Get(FieldNames.Source),
            _ => Load(grouping.ArticleOf(doc), ArticleFields).Get(FieldNames.Byline),
        };
        return (name ?? grouping.Key(group), false);
    }

    private Lucene.Net.Documents.Document Load(int doc, ISet<string> fields) => _reader.Document(doc, fields);
}
