using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Trends;

/// <summary>
/// The day of every article and comment document, read once per trend from the <c>day</c> and <c>comment_day</c>
/// columns (<see cref="DayColumn"/>) into an array per segment, then turned into the period each is counted in: a
/// narrative's hits are counted by an array lookup each.
/// </summary>
internal sealed class DayColumns
{
    private static readonly (string Kind, string Field)[] Units =
        [(DocumentKind.Article, FieldNames.Day), (DocumentKind.Comment, FieldNames.CommentDay)];

    private readonly Dictionary<int, int[]> _columns;
    private readonly List<UnitDays> _parts;
    private readonly int _first;
    private readonly int _last;

    private DayColumns(Dictionary<int, int[]> columns, List<UnitDays> parts)
    {
        _columns = columns;
        _parts = parts;
        var dated = parts.SelectMany(p => p.Days.Keys).ToList();
        (_first, _last) = dated.Count == 0 ? (1, 0) : (dated.Min(), dated.Max());
    }

    /// <summary>
    /// Each segment's column of days, by the segment's ordinal: a document's day number plus one, 0 for none (undated,
    /// deleted, or a file record). <see cref="Slots"/> turns them into periods in place: read them before, or never call it.
    /// </summary>
    public IReadOnlyDictionary<int, int[]> Days => _columns;

    /// <summary>The first and last day of any article or comment, or null when none has one.</summary>
    public (DateOnly First, DateOnly Last)? Span => _last < _first ? null : (DayNumber.Date(_first - 1), DayNumber.Date(_last - 1));

    /// <summary>Reads the day of every live article and comment document, on every core.</summary>
    /// <param name="reader">The index.</param>
    /// <param name="kinds">Which kinds' days to read (<see cref="DocumentKind"/>); null for both. The others stay undated.</param>
    public static DayColumns Read(IndexReader reader, IReadOnlySet<string>? kinds = null)
    {
        var columns = reader.Leaves.ToDictionary(c => c.Ord, c => new int[c.AtomicReader.MaxDoc]);
        // One task per segment and unit, biggest first, taken as threads come free: an index is a few big
        // segments and many small ones, and split by segment alone one core read the two big ones.
        var tasks = reader.Leaves.SelectMany(c => Enumerable.Range(0, Units.Length).Where(u => kinds is null || kinds.Contains(Units[u].Kind)).Select(u => (Context: c, Unit: u)))
            .OrderByDescending(t => t.Context.AtomicReader.MaxDoc).ToList();
        var parts = new UnitDays[tasks.Count];
        Parallel.For(0, tasks.Count, i => parts[i] = UnitDays.Read(tasks[i].Context.AtomicReader, tasks[i].Unit, columns[tasks[i].Context.Ord]));
        return new DayColumns(columns, [.. parts]);
    }

    /// <summary>
    /// Per segment, the period each document is counted in: an index into the calendar's periods, the calendar's
    /// count for undated, -1 for a document outside the days counted; and all articles and all comments per
    /// period, undated last (the denominators).
    /// </summary>
    public (Dictionary<int, int[]> Slots, long[] Articles, long[] Comments) Slots(PeriodCalendar? calendar)
    {
        var undated = calendar?.Count ?? 0;
        // A day's slot found once per day of the span, not once per document; index 0 is "no day".
        var slotOfDay = new int[Math.Max(0, _last - _first + 1) + 1];
        slotOfDay[0] = undated;
        for (var day = _first; day <= _last; day++)
        {
            slotOfDay[day - _first + 1] = calendar?.IndexOf(day - 1) ?? -1;
        }
        var totals = new[] { new long[undated + 1], new long[undated + 1] };
        foreach (var column in _columns.Values)
        {
            // In place: the days are not needed again.
            for (var doc = 0; doc < column.Length; doc++)
            {
                column[doc] = slotOfDay[column[doc] == 0 ? 0 : column[doc] - _first + 1];
            }
        }
        foreach (var part in _parts)
        {
            long dated = 0;
            foreach (var (day, count) in part.Days)
            {
                dated += count;
                if (slotOfDay[day - _first + 1] is var slot and >= 0)
                {
                    totals[part.Unit][slot] += count;
                }
            }
            totals[part.Unit][undated] += part.Live - dated;
        }
        return (_columns, totals[0], totals[1]);
    }

    // One unit (articles or comments) of one segment: its documents' day numbers plus one written into the segment's
    // column (0 stays for none: undated, or not of this unit), the live documents per day, and in all.
    private sealed record UnitDays(int Unit, Dictionary<int, long> Days, long Live)
    {
        public static UnitDays Read(AtomicReader reader, int unit, int[] column)
        {
            var days = new Dictionary<int, long>();
            if (DayColumn.Of(reader, Units[unit].Field) is { } source && source.Max >= source.Min)
            {
                // Counted by day in an array over the segment's span of days (a few thousand in a real corpus).
                var perDay = new long[source.Max - source.Min + 1];
                source.Fill(column, reader.LiveDocs, perDay);
                for (var i = 0; i < perDay.Length; i++)
                {
                    if (perDay[i] > 0)
                    {
                        days[source.Min + i + 1] = perDay[i];
                    }
                }
            }
            return new UnitDays(unit, days, LiveCount(reader, Units[unit].Kind));
        }
    }

    // How many live documents of a kind a segment has: the kind term's count where nothing is deleted.
    private static long LiveCount(AtomicReader reader, string kind)
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
}
