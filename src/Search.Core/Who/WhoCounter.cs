using Search.Core.Batch;
using Search.Core.Errors;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Trends;

namespace Search.Core.Who;

/// <summary>
/// Who says a narrative (<c>search who</c>): per commenter, site, byline or thread, the units that match beside all
/// that group's units, with the first and last dated match. Counts are exact: every matching document is counted.
/// Groups and days are read once per run into columns (<see cref="GroupColumns"/>, <see cref="DayColumns"/>); each
/// narrative's matches are collected into bit sets and walked in document order, a comment finding its thread through
/// <see cref="Storage.ThreadLayout"/>.
/// </summary>
public static class WhoCounter
{
    /// <summary>Counts who says each narrative.</summary>
    /// <param name="engine">The engine over the index.</param>
    /// <param name="request">The narratives and how to group them.</param>
    /// <param name="threads">How many narratives are counted at once; 0 means one per core.</param>
    /// <param name="cancel">Stops the count between narratives.</param>
    /// <returns>The groups; a narrative whose query fails carries its error and the others are counted.</returns>
    /// <exception cref="QueryException">The request cannot be counted (<see cref="Refusal"/>, or too many periods).</exception>
    public static WhoResult Count(SearchEngine engine, WhoRequest request, int threads = 0, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(request);
        var ranAt = DateTimeOffset.UtcNow;
        var unit = request.UnitCounted;
        if (Refusal(request) is { } refusal)
        {
            throw new QueryException(refusal);
        }
        var reader = engine.Searcher.IndexReader;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount, CancellationToken = cancel };
        var matches = new NarrativeMatches[request.Narratives.Count];
        Parallel.For(0, matches.Length, options, i => matches[i] = Match(engine, request, request.Narratives[i], unit));
        IReadOnlyList<string> notes = unit == TrendUnit.Comments && request.By == WhoGroupBy.Commenter && NoCommenterNames(reader)
            ? ["no comment in the index names its author: every comment is counted under (anonymous)"]
            : [];
        if (SparseWho.Applies(request) && matches.Sum(m => m.Count) <= (request.SparseLimit ?? SparseWho.Limit(reader)))
        {
            return new WhoResult(request, unit, [], SparseWho.Rows(engine, request, matches), notes, ranAt);
        }
        // The periods run over articles and comments alike, as in trend; without them only the unit's days are read.
        var days = DayColumns.Read(reader, request.ByPeriod is null ? new HashSet<string> { unit == TrendUnit.Comments ? DocumentKind.Comment : DocumentKind.Article } : null);
        var grouping = WhoGrouping.Read(reader, engine.Layout, request.By, unit);
        var window = new DayWindow(request.From, request.To);
        var calendar = Calendar(request, days);
        IReadOnlyList<PeriodSpan> periods = request.ByPeriod is null ? [] :
            [.. Enumerable.Range(0, calendar?.Count ?? 0).Select(i => new PeriodSpan(calendar!.Name(i), calendar.Start(i))),
             new PeriodSpan(TrendPeriodName.Undated, null)];
        long[]? totals = null;
        if (request.From is null && request.To is null && grouping.UnitCounts is { } counts)
        {
            totals = [.. counts];
        }
        else if (request.By != WhoGroupBy.Article)
        {
            var all = totals = new long[grouping.Count];
            grouping.EachUnit(days, null, (group, day) =>
            {
                if (window.Holds(day))
                {
                    all[group]++;
                }
            });
        }
        var counted = new NarrativeCount[request.Narratives.Count];
        var tables = new WhoTables(engine, grouping, days, window, calendar, periods.Count);
        Parallel.For(0, counted.Length, options, i => counted[i] = CountNarrative(request, matches[i], tables, totals));
        if (request.Collapse)
        {
            tables.CountCopiesOnce();
        }
        return new WhoResult(request, unit, periods, tables.Rows(request, counted), notes, ranAt);
    }

    /// <summary>Why a request cannot be counted, or null when it can: checked before anything is read.</summary>
    /// <param name="request">The request.</param>
    /// <returns>One line for the user: a unit the grouping cannot count, comments out of scope, or From after To.</returns>
    public static string? Refusal(WhoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unit = request.UnitCounted;
        return unit switch
        {
            TrendUnit.Occurrences => "search who counts articles or comments, not occurrences",
            TrendUnit.Articles when request.By is WhoGroupBy.Commenter or WhoGroupBy.Article =>
                $"--by {WhoNames.Name(request.By)} counts comments (its articles column says in how many threads)",
            TrendUnit.Comments when request.Scope == SearchScope.Body =>
                "comments are out of scope when only titles and bodies are searched (--scope body): group articles by source or author, or search the thread",
            _ when request.From > request.To => $"the first day ({request.From:yyyy-MM-dd}) is after the last ({request.To:yyyy-MM-dd})",
            _ => null,
        };
    }

    // From the first to the last dated unit unless the request bounds it, as trend does.
    private static PeriodCalendar? Calendar(WhoRequest request, DayColumns days)
    {
        if (request.ByPeriod is not { } by)
        {
            return null;
        }
        var first = request.From ?? days.Span?.First ?? request.To;
        var last = request.To ?? days.Span?.Last ?? request.From;
        if (first > last)
        {
            (first, last) = (request.From ?? last, request.To ?? first);
        }
        return first is { } f && last is { } l ? PeriodCalendar.Create(by, f, l) : null;
    }

    // A narrative's matching units of the kind counted, in its scope; a failed query is its error.
    private static NarrativeMatches Match(SearchEngine engine, WhoRequest request, BatchQuery narrative, TrendUnit unit)
    {
        if (narrative.Error is not null)
        {
            return new NarrativeMatches(narrative, null, 0, narrative.Error, []);
        }
        var scope = narrative.Scope ?? request.Scope;
        if (unit == TrendUnit.Comments && scope == SearchScope.Body)
        {
            return new NarrativeMatches(narrative, null, 0, "its \"in\" is body: it searches no comments", []);
        }
        var search = new SearchRequest(narrative.Query, Limit: 0, Scope: scope, Snippets: false,
            Syntax: narrative.Syntax ?? request.Syntax, Dense: request.Dense)
        {
            Translit = request.Translit,
        };
        try
        {
            var parsed = engine.Parse(search, unit == TrendUnit.Comments ? DocumentKind.Comment : DocumentKind.Article);
            if (scope is SearchScope.Comments or SearchScope.Dense)
            {
                var selection = engine.SelectThreads(search);
                return unit == TrendUnit.Comments
                    ? new NarrativeMatches(narrative, selection.Comments, selection.CommentCount, null, parsed.Notes)
                    : new NarrativeMatches(narrative, selection.Articles, selection.ArticleCount, null, parsed.Notes);
            }
            var docs = new MatchedDocs();
            engine.Collect(parsed.Matching, docs);
            return new NarrativeMatches(narrative, docs.BySegment, docs.Count, null, parsed.Notes);
        }
        catch (QueryException e)
        {
            return new NarrativeMatches(narrative, null, 0, e.ForUser, []);
        }
    }

    private static NarrativeCount CountNarrative(WhoRequest request, NarrativeMatches narrative, WhoTables tables, long[]? totals)
    {
        if (narrative.Matched is not { } matched)
        {
            return new NarrativeCount(narrative.Query, [], 0, null, narrative.Error, narrative.Notes);
        }
        var tallies = tables.Tally(matched, null).ToDictionary(t => t.Key.Group, t => t.Value);
        var groupTotals = totals is null ? tables.ThreadTotals(tallies.Keys) : null;
        long Total(int g) => totals?[g] ?? groupTotals![g];
        var chosen = tallies.Where(t => t.Value.Matches >= request.Min)
            .Select(t => (Group: t.Key, Tally: t.Value, Total: Total(t.Key)))
            .ToList();
        var names = tables.SortNames(chosen.Select(c => c.Group));
        chosen.Sort((a, b) =>
            b.Tally.Matches.CompareTo(a.Tally.Matches) is var m and not 0 ? m
            : Ratio(b.Tally.Matches, b.Total).CompareTo(Ratio(a.Tally.Matches, a.Total)) is var r and not 0 ? r
            : string.CompareOrdinal(names(a.Group), names(b.Group)));
        var shown = request.Top > 0 ? chosen.Take(request.Top).ToList() : chosen;
        var only = shown.Select(s => s.Group).ToHashSet();
        var byPeriod = request.ByPeriod is null ? null : tables.Tally(matched, only);
        var collapsed = request.Collapse ? tables.TallyOnce(matched, only, byPeriod: request.ByPeriod is not null) : null;
        return new NarrativeCount(narrative.Query, [.. shown.Select(s => new ShownGroup(s.Group, s.Tally, s.Total))], chosen.Count, byPeriod, null, narrative.Notes, collapsed);
    }

    // Whether no comment names its author: the commenter field holds only the empty key (it sorts first).
    private static bool NoCommenterNames(Lucene.Net.Index.IndexReader reader)
    {
        var any = false;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(FieldNames.Commenter)?.GetEnumerator();
            while (terms is not null && terms.MoveNext())
            {
                if (terms.Term.Length > 0)
                {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static double Ratio(long matches, long total) => total > 0 ? (double)matches / total : 0;
}
