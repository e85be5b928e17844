using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util;
using Search.Core.Schema;

namespace Search.Core.Trends;

/// <summary>
/// Counts where a query's words and phrases occur in the documents it matched, by the day of each document. A place
/// is counted once, whichever words find it: a start position in one part of the text (the stemmed and exact fields
/// share positions), so <c>nato "nato"</c> counts each NATO once and a phrase counts once per occurrence.
/// </summary>
internal static class OccurrenceCounter
{
    /// <summary>Adds the occurrences in the matched documents to a tally by period.</summary>
    /// <param name="searcher">The searcher the query ran on.</param>
    /// <param name="leaves">The query's positive leaves (<see cref="SpanLeaves"/>).</param>
    /// <param name="matched">The documents the query matched and that are counted, per segment.</param>
    /// <param name="slots">Each segment's period slots (<see cref="DayColumns.Slots"/>).</param>
    /// <param name="counts">Occurrences per period, undated last, added to.</param>
    public static void Count(IndexSearcher searcher, IReadOnlyList<(SpanQuery Span, MatchLocation Location)> leaves,
        IReadOnlyDictionary<int, FixedBitSet> matched, IReadOnlyDictionary<int, int[]> slots, long[] counts)
    {
        if (leaves.Count == 0)
        {
            return;
        }
        // Patterns become the words they stand for, once for the whole index.
        var rewritten = leaves.Select(l => ((SpanQuery)searcher.Rewrite(l.Span), (long)l.Location)).ToList();
        var noContexts = new Dictionary<Term, TermContext>();
        var places = new List<long>();
        foreach (var context in searcher.IndexReader.Leaves)
        {
            if (!matched.TryGetValue(context.Ord, out var docs) || docs.Cardinality == 0)
            {
                continue;
            }
            places.Clear();
            foreach (var (span, location) in rewritten)
            {
                var spans = span.GetSpans(context, context.AtomicReader.LiveDocs, noContexts);
                var more = spans.MoveNext();
                while (more)
                {
                    var doc = spans.Doc;
                    if (docs.Get(doc))
                    {
                        // Document, place and position in one sortable number: positions stay below 2^30.
                        places.Add(((long)doc << 32) | (location << 30) | (uint)spans.Start);
                        more = spans.MoveNext();
                        continue;
                    }
                    var next = docs.NextSetBit(doc);
                    more = next >= 0 && spans.SkipTo(next);
                }
            }
            places.Sort();
            var segment = slots[context.Ord];
            for (var i = 0; i < places.Count; i++)
            {
                if (i == 0 || places[i] != places[i - 1])
                {
                    counts[segment[(int)(places[i] >> 32)]]++;
                }
            }
        }
    }
}
