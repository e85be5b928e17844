using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;

namespace Search.Core.Trends;

/// <summary>
/// The day of every article and comment document, read once per trend from the <c>day</c> fields' postings into
/// one array per segment. Read so, once, a narrative's hits are counted by an array lookup each; a column of
/// numbers read per hit (doc values) cost ten times the query, and read per document still three times the postings.
/// </summary>
internal sealed class DayColumns
{
    // Per document: the day number plus one, positive for an article and negative for a comment; 0 for a document
    // that is neither (a file record, a deleted document).
    private const int NotAUnit = 0;
    private const int UndatedArticle = int.MaxValue;
    private const int UndatedComment = -int.MaxValue;

    private readonly Dictionary<int, int[]> _days = [];
    private int _first = int.MaxValue;
    private int _last;

    private DayColumns()
    {
    }

    /// <summary>The first and last day of any article or comment, or null when none has one.</summary>
    public (DateOnly First, DateOnly Last)? Span => _last == 0 ? null : (DayNumber.Date(_first - 1), DayNumber.Date(_last - 1));

    /// <summary>Reads the day of every live article and comment document.</summary>
    public static DayColumns Read(IndexReader reader)
    {
        // Segment by segment on every core: each segment is read into an array of its own.
        var segments = reader.Leaves.AsParallel().Select(context =>
        {
            var segment = new DayColumns();
            var days = new int[context.AtomicReader.MaxDoc];
            segment.ReadKind(context.AtomicReader, DocumentKind.Article, FieldNames.Day, days, sign: 1);
            segment.ReadKind(context.AtomicReader, DocumentKind.Comment, FieldNames.CommentDay, days, sign: -1);
            segment._days[context.Ord] = days;
            return segment;
        }).ToList();
        var columns = new DayColumns();
        foreach (var segment in segments)
        {
            foreach (var (ord, days) in segment._days)
            {
                columns._days[ord] = days;
            }
            columns._first = Math.Min(columns._first, segment._first);
            columns._last = Math.Max(columns._last, segment._last);
        }
        return columns;
    }

    /// <summary>
    /// Per segment, the period each document is counted in: an index into the calendar's periods, the calendar's
    /// count for undated, -1 for a document outside the days counted or neither an article nor a comment; and all
    /// articles and all comments per period, undated last (the denominators).
    /// </summary>
    public (Dictionary<int, int[]> Slots, long[] Articles, long[] Comments) Slots(PeriodCalendar? calendar)
    {
        var undated = calendar?.Count ?? 0;
        var articles = new long[undated + 1];
        var comments = new long[undated + 1];
        // A day's slot found once per day of the span, not once per document.
        var first = _last == 0 ? 1 : _first;
        var slotOfDay = new int[Math.Max(0, _last - first + 1)];
        for (var day = first; day <= _last; day++)
        {
            slotOfDay[day - first] = calendar?.IndexOf(day - 1) ?? -1;
        }
        var slots = new Dictionary<int, int[]>();
        foreach (var (ord, days) in _days)
        {
            var column = new int[days.Length];
            for (var doc = 0; doc < days.Length; doc++)
            {
                var day = days[doc];
                var slot = day switch
                {
                    NotAUnit => -1,
                    UndatedArticle or UndatedComment => undated,
                    > 0 => slotOfDay[day - first],
                    _ => slotOfDay[-day - first],
                };
                column[doc] = slot;
                if (slot >= 0)
                {
                    (day > 0 ? articles : comments)[slot]++;
                }
            }
            slots[ord] = column;
        }
        return (slots, articles, comments);
    }

    // Every document of the kind is an undated unit until a day term says its day: the postings of a few thousand
    // day terms, read in bulk, instead of a value looked up per document.
    private void ReadKind(AtomicReader reader, string kind, string dayField, int[] days, int sign)
    {
        var docs = reader.GetTermDocsEnum(new Term(FieldNames.Kind, kind));
        if (docs is null)
        {
            return;
        }
        var undated = sign > 0 ? UndatedArticle : UndatedComment;
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            days[doc] = undated;
        }
        var terms = reader.GetTerms(dayField)?.GetEnumerator();
        DocsEnum? postings = null;
        while (terms is not null && terms.MoveNext())
        {
            // Stored shifted by one, so that no day is 0 (0001-01-01 is day number 0).
            var term = terms.Term;
            var day = DayNumber.Of(term.Bytes.AsSpan(term.Offset, term.Length)) + 1 ?? throw new InvalidDataException($"{dayField} holds a term that is not a day");
            postings = terms.Docs(reader.LiveDocs, postings, DocsFlags.NONE);
            var any = false;
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                days[doc] = sign * day;
                any = true;
            }
            if (any)
            {
                _first = Math.Min(_first, day);
                _last = Math.Max(_last, day);
            }
        }
    }
}
