using System.Runtime.InteropServices;
using Lucene.Net.Util;
using Search.Core.Batch;
using Search.Core.Copies;
using Search.Core.Errors;
using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Trends;

/// <summary>
/// Counts narratives over time (<c>search trend</c>): per period, the articles and comments that match and the
/// occurrences of the query's words, each beside the period's total of articles or comments, every period present.
/// Counts are exact: every matching document is counted, none estimated or sampled. Articles are counted on article
/// documents, comments on their own documents (see <see cref="DocumentKind.Comment"/>), both by a day kept per document.
/// </summary>
public static class TrendCounter
{
    private static readonly HashSet<MatchLocation> ArticleText = [MatchLocation.Title, MatchLocation.Body];
    private static readonly HashSet<MatchLocation> CommentText = [MatchLocation.Comment];

    /// <summary>Counts a trend.</summary>
    /// <param name="engine">The engine over the index.</param>
    /// <param name="request">The narratives and how to count them.</param>
    /// <param name="threads">How many narratives are counted at once; 0 means one per core.</param>
    /// <param name="cancel">Stops the count between narratives.</param>
    /// <returns>The table; a narrative whose query fails carries its error and the others are counted.</returns>
    /// <exception cref="QueryException">The request cannot be counted: <c>From</c> after <c>To</c>, too many periods, or comments counted where they are out of scope.</exception>
    public static TrendResult Count(SearchEngine engine, TrendRequest request, int threads = 0, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(request);
        var ranAt = DateTimeOffset.UtcNow;
        var units = request.UnitsCounted;
        if (request.From > request.To)
        {
            throw new QueryException($"the first day ({request.From:yyyy-MM-dd}) is after the last ({request.To:yyyy-MM-dd})");
        }
        if (request.Scope == SearchScope.Body && units.Contains(TrendUnit.Comments))
        {
            throw new QueryException("comments are out of scope when only titles and bodies are searched (--scope body): count articles or occurrences, or search the thread");
        }
        var columns = DayColumns.Read(engine.Searcher.IndexReader);
        var span = columns.Span;
        var (first, last) = Range(request, span);
        var calendar = first is { } f && last is { } l ? PeriodCalendar.Create(request.Period, f, l) : null;
        var periods = Enumerable.Range(0, calendar?.Count ?? 0)
            .Select(i => new PeriodSpan(calendar!.Name(i), calendar.Start(i)))
            .Append(new PeriodSpan(TrendPeriodName.Undated, null))
            .ToList();
        var (slots, articles, comments) = columns.Slots(calendar);
        var totals = new Dictionary<TrendUnit, long[]> { [TrendUnit.Articles] = articles, [TrendUnit.Comments] = comments };
        var totalsCollapsed = request.Collapse ? CollapsedTotals(engine, slots, totals) : null;
        var narratives = new NarrativeTrend[request.Narratives.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount, CancellationToken = cancel };
        Parallel.For(0, narratives.Length, options, i =>
            narratives[i] = CountNarrative(engine, request, request.Narratives[i], units, slots, periods, totals, totalsCollapsed));
        IReadOnlyList<string> notes = span is null
            ? ["nothing in the index has a date: every article and comment is counted under undated"]
            : [];
        return new TrendResult(request, units, periods, first, last, narratives, notes, ranAt);
    }

    private static NarrativeTrend CountNarrative(SearchEngine engine, TrendRequest request, BatchQuery narrative,
        IReadOnlyList<TrendUnit> units, Dictionary<int, int[]> slots, IReadOnlyList<PeriodSpan> periods, Dictionary<TrendUnit, long[]> totals,
        Dictionary<TrendUnit, long[]>? totalsCollapsed)
    {
        if (narrative.Error is not null)
        {
            return new NarrativeTrend(narrative, [], narrative.Error, []);
        }
        var scope = narrative.Scope ?? request.Scope;
        var search = new SearchRequest(narrative.Query, Limit: 0, Scope: scope, Snippets: false, Syntax: narrative.Syntax ?? request.Syntax, Dense: request.Dense)
        {
            Translit = request.Translit,
        };
        var notes = new List<string>();
        var counted = units;
        if (scope == SearchScope.Body && units.Contains(TrendUnit.Comments))
        {
            counted = [.. units.Where(u => u != TrendUnit.Comments)];
            notes.Add("its \"in\" is articles: its comments are not counted");
        }
        var occurrences = counted.Contains(TrendUnit.Occurrences);
        try
        {
            var byUnit = new Dictionary<TrendUnit, long[]>();
            var occurrenceCounts = new long[periods.Count];
            var collapsed = request.Collapse ? new Dictionary<TrendUnit, long[]>() : null;
            // Comment by comment, the threads counted are those the comments select, and their matching comments.
            var selection = scope is SearchScope.Comments or SearchScope.Dense ? engine.SelectThreads(search) : null;
            if (counted.Contains(TrendUnit.Articles) || (occurrences && scope is SearchScope.Thread or SearchScope.Body))
            {
                byUnit[TrendUnit.Articles] = CountKind(engine, search, DocumentKind.Article, ArticleText, slots, periods.Count, occurrences ? occurrenceCounts : null, notes, selection?.Articles, collapsed);
            }
            if (scope != SearchScope.Body && (counted.Contains(TrendUnit.Comments) || occurrences))
            {
                byUnit[TrendUnit.Comments] = CountKind(engine, search, DocumentKind.Comment, CommentText, slots, periods.Count, occurrences ? occurrenceCounts : null, notes, selection?.Comments, collapsed);
            }
            if (occurrences)
            {
                byUnit[TrendUnit.Occurrences] = occurrenceCounts;
            }
            return new NarrativeTrend(narrative, Rows(narrative.Id, counted, periods, byUnit, totals, collapsed, totalsCollapsed), null, [.. notes.Distinct()]);
        }
        catch (QueryException e)
        {
            return new NarrativeTrend(narrative, [], e.ForUser, [.. notes.Distinct()]);
        }
    }

    // One narrative's matching documents of one kind per period (those chosen beforehand, where given); with
    // occurrences given, their occurrences in the kind's counted text are added to them. The notes are the query's
    // (the same for both kinds, kept once). With collapsed given, the same counts with each group of copies once are
    // added to it (its articles or comments, and occurrences).
    private static long[] CountKind(SearchEngine engine, SearchRequest search, string kind, IReadOnlySet<MatchLocation> text,
        Dictionary<int, int[]> slots, int periods, long[]? occurrences, List<string> notes, IReadOnlyDictionary<int, FixedBitSet>? chosen,
        Dictionary<TrendUnit, long[]>? collapsed)
    {
        var parsed = engine.Parse(search, kind);
        notes.AddRange(parsed.Notes);
        var tally = new SlotTally(slots, periods, keepDocs: occurrences is not null || collapsed is not null);
        if (chosen is null)
        {
            engine.Collect(parsed.Matching, tally);
        }
        else
        {
            tally.CollectAll(chosen, engine.Searcher.IndexReader);
        }
        var leaves = occurrences is null ? null : SpanLeaves.Of(parsed.Matching, engine.FieldsOf(kind), text);
        if (occurrences is not null)
        {
            OccurrenceCounter.Count(engine.Searcher, leaves!, tally.Matched, slots, occurrences);
        }
        if (collapsed is not null)
        {
            var unit = kind == DocumentKind.Article ? TrendUnit.Articles : TrendUnit.Comments;
            var copies = CopyCollapse.Of(engine.Copies, kind == DocumentKind.Article ? CopyKind.Article : CopyKind.Comment, tally.Matched, engine.Searcher.IndexReader);
            collapsed[unit] = Subtract(tally.Counts, copies, slots);
            if (occurrences is not null)
            {
                var kept = tally.Matched.ToDictionary(m => m.Key, m => copies.Without(m.Key, m.Value));
                OccurrenceCounter.Count(engine.Searcher, leaves!, kept, slots,
                    CollectionsMarshal.GetValueRefOrAddDefault(collapsed, TrendUnit.Occurrences, out _) ??= new long[periods]);
            }
        }
        return tally.Counts;
    }

    // Counts per period less the copies left out, each in its period.
    private static long[] Subtract(long[] counts, CollapsedMatches copies, IReadOnlyDictionary<int, int[]> slots)
    {
        var left = (long[])counts.Clone();
        foreach (var (segment, hidden) in copies.Hidden)
        {
            var column = slots[segment];
            for (var doc = hidden.NextSetBit(0); doc >= 0; doc = doc + 1 < hidden.Length ? hidden.NextSetBit(doc + 1) : -1)
            {
                if (column[doc] >= 0)
                {
                    left[column[doc]]--;
                }
            }
        }
        return left;
    }

    // Every article and comment per period, each group of copies once: in the period of its earliest member counted.
    private static Dictionary<TrendUnit, long[]> CollapsedTotals(SearchEngine engine, Dictionary<int, int[]> slots, Dictionary<TrendUnit, long[]> totals)
    {
        var reader = engine.Searcher.IndexReader;
        bool Counted(int segment, int doc) => slots[segment][doc] >= 0;
        return new Dictionary<TrendUnit, long[]>
        {
            [TrendUnit.Articles] = Subtract(totals[TrendUnit.Articles], CopyCollapse.Of(engine.Copies, CopyKind.Article, reader, Counted), slots),
            [TrendUnit.Comments] = Subtract(totals[TrendUnit.Comments], CopyCollapse.Of(engine.Copies, CopyKind.Comment, reader, Counted), slots),
        };
    }

    private static List<TrendRow> Rows(string id, IReadOnlyList<TrendUnit> units, IReadOnlyList<PeriodSpan> periods,
        Dictionary<TrendUnit, long[]> counts, Dictionary<TrendUnit, long[]> totals,
        Dictionary<TrendUnit, long[]>? collapsed, Dictionary<TrendUnit, long[]>? totalsCollapsed)
    {
        var rows = new List<TrendRow>(periods.Count * units.Count);
        for (var p = 0; p < periods.Count; p++)
        {
            foreach (var unit in units)
            {
                var count = counts[unit][p];
                long? total = totals.TryGetValue(unit, out var all) ? all[p] : null;
                double? ratio = total > 0 ? (double)count / total.Value : null;
                rows.Add(new TrendRow(id, periods[p].Name, unit, count, total, ratio)
                {
                    CountCollapsed = collapsed?[unit][p],
                    TotalCollapsed = totalsCollapsed is not null && totalsCollapsed.TryGetValue(unit, out var once) ? once[p] : null,
                });
            }
        }
        return rows;
    }

    // From the first to the last dated article or comment, unless the request says; a bound beyond the index's dates
    // stretches the range to it, so the periods asked for are all shown.
    private static (DateOnly? First, DateOnly? Last) Range(TrendRequest request, (DateOnly First, DateOnly Last)? span)
    {
        var first = request.From ?? Earlier(span?.First, request.To);
        var last = request.To ?? Later(span?.Last, request.From);
        return (first, last);
    }

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
