using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;
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
                    rows.Add(Row(narrative.Query.Id, null, name, shown.Tally, shown.Total));
                    continue;
                }
                for (var slot = 0; slot < periods; slot++)
                {
                    var tally = narrative.ByPeriod.GetValueOrDefault((shown.Group, slot)) ?? new GroupTally();
                    rows.Add(Row(narrative.Query.Id, slot, name, tally, periodTotals!.GetValueOrDefault((shown.Group, slot))));
                }
            }
            result.Add(new NarrativeWho(narrative.Query, rows, narrative.Groups, narrative.Error, narrative.Notes));
        }
        return result;
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
