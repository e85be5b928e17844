using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Search.Core.Schema;

namespace Search.Core.Trends;

/// <summary>
/// Counts where a query's words and phrases occur in the documents it matched, by the day of each document. A place
/// is counted once, whichever words find it: a start position in one part of the text (the stemmed and exact fields
/// share positions), so <c>nato "nato"</c> counts each NATO once and a phrase counts once per occurrence.
/// </summary>
internal static class OccurrenceCounter
{
    /// <summary>Adds the occurrences in the matched documents to a tally by day.</summary>
    /// <param name="searcher">The searcher the query ran on.</param>
    /// <param name="leaves">The query's positive leaves (<see cref="SpanLeaves"/>).</param>
    /// <param name="matched">The documents the query matched, per segment.</param>
    /// <param name="dayField">The field with each document's day.</param>
    /// <param name="days">Occurrences per day, added to.</param>
    /// <returns>The occurrences in undated documents.</returns>
    public static long Count(IndexSearcher searcher, IReadOnlyList<(SpanQuery Span, MatchLocation Location)> leaves,
        IReadOnlyDictionary<int, Lucene.Net.Util.FixedBitSet> matched, string dayField, Dictionary<long, long> days)
    {
        if (leaves.Count == 0)
        {
            return 0;
        }
        // Patterns become the words they stand for, once for the whole index.
        var rewritten = leaves.Select(l => ((SpanQuery)searcher.Rewrite(l.Span), (long)l.Location)).ToList();
        var noContexts = new Dictionary<Term, TermContext>();
        long undated = 0;
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
            undated += Tally(places, context.AtomicReader, dayField, days);
        }
        return undated;
    }

    private static long Tally(List<long> places, AtomicReader reader, string dayField, Dictionary<long, long> days)
    {
        places.Sort();
        var dayOf = reader.GetNumericDocValues(dayField);
        var dated = reader.GetDocsWithField(dayField);
        long undated = 0;
        for (var i = 0; i < places.Count; i++)
        {
            if (i > 0 && places[i] == places[i - 1])
            {
                continue;
            }
            var doc = (int)(places[i] >> 32);
            if (dayOf is null || dated is null || !dated.Get(doc))
            {
                undated++;
            }
            else
            {
                CollectionsMarshal.GetValueRefOrAddDefault(days, dayOf.Get(doc), out _)++;
            }
        }
        return undated;
    }
}
