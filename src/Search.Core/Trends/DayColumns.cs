using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Schema;

namespace Search.Core.Trends;

/// <summary>
/// Which period each article and comment document is counted in, read once per trend from the postings of the
/// <c>day</c> and <c>comment_day</c> terms into an array per segment, with all articles and all comments per period
/// (the denominators). A narrative's hits are then counted by an array lookup each (ARCHITECTURE.md says why not
/// doc values).
/// </summary>
internal static class DayColumns
{
    private static readonly (string Kind, string Field)[] Units =
        [(DocumentKind.Article, FieldNames.Day), (DocumentKind.Comment, FieldNames.CommentDay)];

    /// <summary>The first and last day of any article or comment, or null when none has one.</summary>
    public static (DateOnly First, DateOnly Last)? Span(IndexReader reader)
    {
        // Day terms sort as days do; a term counts only where a live document has it.
        var days = reader.Leaves.AsParallel().SelectMany(context => Units.SelectMany(unit =>
        {
            var found = new List<int>();
            var terms = context.AtomicReader.GetTerms(unit.Field)?.GetEnumerator();
            DocsEnum? postings = null;
            while (terms is not null && terms.MoveNext())
            {
                postings = terms.Docs(context.AtomicReader.LiveDocs, postings, DocsFlags.NONE);
                if (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    found.Add(Day(terms.Term, unit.Field));
                }
            }
            return found.Count == 0 ? [] : new[] { found.Min(), found.Max() };
        })).ToList();
        return days.Count == 0 ? null : (DayNumber.Date(days.Min()), DayNumber.Date(days.Max()));
    }

    /// <summary>
    /// Per segment, the period each document is counted in: an index into the calendar's periods, the calendar's
    /// count for undated, -1 for a document outside the days counted; and all articles and all comments per
    /// period, undated last.
    /// </summary>
    public static (Dictionary<int, int[]> Slots, long[] Articles, long[] Comments) Read(IndexReader reader, PeriodCalendar? calendar)
    {
        var undatedSlot = calendar?.Count ?? 0;
        var segments = reader.Leaves.AsParallel().Select(context =>
        {
            var atomic = context.AtomicReader;
            // Every document starts undated; the day terms' postings say otherwise. A file record stays so, and
            // is never counted: no narrative matches one, and the totals count articles and comments only.
            var slots = new int[atomic.MaxDoc];
            Array.Fill(slots, undatedSlot);
            var totals = new long[Units.Length][];
            for (var u = 0; u < Units.Length; u++)
            {
                totals[u] = new long[undatedSlot + 1];
                var dated = 0L;
                var terms = atomic.GetTerms(Units[u].Field)?.GetEnumerator();
                DocsEnum? postings = null;
                while (terms is not null && terms.MoveNext())
                {
                    var slot = calendar?.IndexOf(Day(terms.Term, Units[u].Field)) ?? -1;
                    postings = terms.Docs(atomic.LiveDocs, postings, DocsFlags.NONE);
                    for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                    {
                        slots[doc] = slot;
                        dated++;
                        if (slot >= 0)
                        {
                            totals[u][slot]++;
                        }
                    }
                }
                totals[u][undatedSlot] = Live(atomic, Units[u].Kind) - dated;
            }
            return (context.Ord, slots, totals);
        }).ToList();
        var articles = new long[undatedSlot + 1];
        var comments = new long[undatedSlot + 1];
        foreach (var (_, _, totals) in segments)
        {
            for (var slot = 0; slot <= undatedSlot; slot++)
            {
                articles[slot] += totals[0][slot];
                comments[slot] += totals[1][slot];
            }
        }
        return (segments.ToDictionary(s => s.Ord, s => s.slots), articles, comments);
    }

    // How many live documents of a kind a segment has: the kind term's count where nothing is deleted.
    private static long Live(AtomicReader reader, string kind)
    {
        var term = new Term(FieldNames.Kind, kind);
        if (reader.LiveDocs is null)
        {
            return reader.DocFreq(term);
        }
        var docs = reader.GetTermDocsEnum(term);
        var live = 0L;
        while (docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            live++;
        }
        return live;
    }

    private static int Day(BytesRef term, string field) =>
        DayNumber.Of(term.Bytes.AsSpan(term.Offset, term.Length)) ?? throw new InvalidDataException($"{field} holds a term that is not a day");
}
