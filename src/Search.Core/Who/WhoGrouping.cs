using Lucene.Net.Index;
using Search.Core.Schema;
using Search.Core.Storage;
using Search.Core.Trends;

namespace Search.Core.Who;

/// <summary>
/// How a document counted by <c>search who</c> finds its group, the columns that says so, and every unit's total
/// per group. Comments are grouped by their author, or by their article (its site, its byline, or the article
/// itself: the thread's article is the next article document, <see cref="ThreadLayout"/>); articles by site or byline.
/// </summary>
internal sealed class WhoGrouping
{
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly ThreadLayout _layout;
    private readonly GroupColumns? _names;
    private readonly GroupColumns _units;

    private WhoGrouping(WhoGroupBy by, TrendUnit unit, IndexReader reader, ThreadLayout layout, GroupColumns? names, GroupColumns units)
    {
        By = by;
        Unit = unit;
        _leaves = reader.Leaves;
        _layout = layout;
        _names = names;
        _units = units;
    }

    /// <summary>What the groups are.</summary>
    public WhoGroupBy By { get; }

    /// <summary>What is counted.</summary>
    public TrendUnit Unit { get; }

    /// <summary>How many named groups there are (for articles as groups, none: an article's number is its document's).</summary>
    public int Count => _names?.Keys.Count ?? 0;

    /// <summary>The columns a grouping needs, read once for all narratives.</summary>
    public static WhoGrouping Read(IndexReader reader, ThreadLayout layout, WhoGroupBy by, TrendUnit unit)
    {
        // The unit's own column lists its live documents: every comment has a commenter key, every article a site key.
        var units = GroupColumns.Read(reader, unit == TrendUnit.Comments ? FieldNames.Commenter : NameField(by));
        var names = by switch
        {
            WhoGroupBy.Article => null,
            WhoGroupBy.Commenter => units,
            _ => unit == TrendUnit.Articles ? units : GroupColumns.Read(reader, NameField(by)),
        };
        return new WhoGrouping(by, unit, reader, layout, names, units);
    }

    private static string NameField(WhoGroupBy by) => by switch
    {
        WhoGroupBy.Commenter => FieldNames.Commenter,
        WhoGroupBy.Author => FieldNames.BylineKey,
        _ => FieldNames.SourceKey,
    };

    /// <summary>
    /// Every named group's units over all days, when they are its documents' own (a commenter's comments, a site's
    /// articles), counted as the columns were read; null when a unit's group is its article's (comments by site).
    /// </summary>
    public IReadOnlyList<long>? UnitCounts => By != WhoGroupBy.Article && (By == WhoGroupBy.Commenter || Unit == TrendUnit.Articles) ? _names!.Counts : null;

    /// <summary>A named group's key (<see cref="Corpus.NameKey"/>), empty for the group of no name.</summary>
    public string Key(int group) => _names!.Keys[group];

    /// <summary>The groups of one segment's counted documents: a document's group, or -1 when it is not of the unit counted.</summary>
    /// <param name="segment">The segment's ordinal.</param>
    public Func<int, int> Groups(int segment)
    {
        var docBase = _leaves[segment].DocBase;
        if (By == WhoGroupBy.Article)
        {
            return doc => docBase + _layout.ArticleOf(segment, doc);
        }
        var names = _names!.Segment(segment);
        if (Unit == TrendUnit.Comments && By != WhoGroupBy.Commenter)
        {
            return doc => names.Of(_layout.ArticleOf(segment, doc));
        }
        return names.Of;
    }

    /// <summary>The article a counted document belongs to, by its number in the whole index.</summary>
    public int ArticleOf(int segment, int doc) =>
        _leaves[segment].DocBase + (Unit == TrendUnit.Comments ? _layout.ArticleOf(segment, doc) : doc);

    /// <summary>The article a counted document belongs to, both by their numbers in the whole index.</summary>
    public int ArticleOf(int doc)
    {
        var segment = ReaderUtil.SubIndex(doc, _leaves);
        return ArticleOf(segment, doc - _leaves[segment].DocBase);
    }

    /// <summary>
    /// Every live unit of the groups wanted, with its day column value (<see cref="DayColumns.Days"/>), for the totals:
    /// over every document for named groups, over the wanted threads' comments for articles as groups.
    /// </summary>
    /// <param name="days">The day columns.</param>
    /// <param name="groups">The groups wanted; null for all named groups.</param>
    /// <param name="add">Called with the group and the document's day column value, per unit.</param>
    public void EachUnit(DayColumns days, IReadOnlySet<int>? groups, Action<int, int> add)
    {
        if (By == WhoGroupBy.Article)
        {
            // An article's comments are the documents before it, up to the previous non-comment document.
            foreach (var article in groups ?? new HashSet<int>())
            {
                var segment = ReaderUtil.SubIndex(article, _leaves);
                var local = article - _leaves[segment].DocBase;
                var (units, column) = (_units.Segment(segment), days.Days[segment]);
                for (var doc = _layout.FirstComment(segment, local); doc < local; doc++)
                {
                    if (units.Column[doc] > 0)
                    {
                        add(article, column[doc]);
                    }
                }
            }
            return;
        }
        foreach (var leaf in _leaves)
        {
            var (units, column) = (_units.Segment(leaf.Ord), days.Days[leaf.Ord]);
            var names = _names!.Segment(leaf.Ord);
            var byArticle = Unit == TrendUnit.Comments && By != WhoGroupBy.Commenter;
            var article = -1;
            for (var doc = 0; doc < column.Length; doc++)
            {
                if (units.Column[doc] == 0)
                {
                    continue;
                }
                if (byArticle && doc > article)
                {
                    article = _layout.ArticleOf(leaf.Ord, doc);
                }
                var group = names.Of(byArticle ? article : doc);
                if (group >= 0 && (groups is null || groups.Contains(group)))
                {
                    add(group, column[doc]);
                }
            }
        }
    }
}
