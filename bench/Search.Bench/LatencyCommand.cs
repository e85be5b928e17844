using System.Diagnostics;
using Search.Core.Errors;
using Search.Core.Querying;

namespace Search.Bench;

/// <summary>
/// <c>latency INDEX QUERIES [--snippets] [--warmup N] [--tsv]</c>: warm single-thread latency per query class, measured
/// as the Java reference measures it (untimed passes first, then one timed pass in file order).
/// </summary>
internal static class LatencyCommand
{
    public static int Run(BenchArgs args)
    {
        var snippets = args.Flag("--snippets");
        var tsv = args.Flag("--tsv");
        var warmup = args.Int("--warmup", 3);
        var paths = args.Positional("INDEX_DIR", "QUERIES.tsv");
        var (index, queryFile) = (paths[0], paths[1]);
        var queries = QueryFile.Read(queryFile);
        using var engine = SearchEngine.Open(index);

        for (var pass = 0; pass < warmup; pass++)
        {
            foreach (var q in queries)
            {
                TrySearch(engine, q, snippets);
            }
        }
        var byClass = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        var refused = new List<BenchQuery>();
        foreach (var q in queries)
        {
            var start = Stopwatch.GetTimestamp();
            var answered = TrySearch(engine, q, snippets);
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (!answered)
            {
                // A refused query returns before searching: timing it would flatter the figures.
                refused.Add(q);
                continue;
            }
            if (!byClass.TryGetValue(q.Class, out var list))
            {
                byClass[q.Class] = list = [];
            }
            list.Add(ms);
        }

        var summaries = byClass.Select(e => LatencySummary.Of(e.Key, e.Value)).ToList();
        summaries.Add(LatencySummary.Of("ALL", byClass.Values.SelectMany(v => v)));
        var refusedIds = string.Join(' ', refused.Select(q => q.Id));
        foreach (var s in summaries.Where(s => s.Count > 0))
        {
            Console.WriteLine(tsv
                ? $"class\t{s.Class}\t{s.Count}\t{s.P50:0.000}\t{s.P95:0.000}\t{s.P99:0.000}"
                : $"{s.Class,-10} n={s.Count,4} p50 {s.P50:0.000} ms  p95 {s.P95:0.000} ms  p99 {s.P99:0.000} ms");
        }
        Console.WriteLine(tsv
            ? $"refused\t{refused.Count}\t{refusedIds}"
            : $"refused as bad queries: {refused.Count} {refusedIds}".TrimEnd());
        return 0;
    }

    private static bool TrySearch(SearchEngine engine, BenchQuery query, bool snippets)
    {
        try
        {
            engine.Search(new SearchRequest(query.Text, Limit: 10, Snippets: snippets));
            return true;
        }
        catch (QueryException)
        {
            return false;
        }
    }
}
