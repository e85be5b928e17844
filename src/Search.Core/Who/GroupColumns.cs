using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Who;

/// <summary>
/// The group of every document of one kind, read once per run from the postings of a name-key field
/// (<c>commenter</c>, <c>source_key</c>, <c>byline_key</c>: one term per document, the empty term for no name) into
/// an array per segment, as the trend reads days (ARCHITECTURE.md says why not doc values). Groups are numbered
/// across segments by their key.
/// </summary>
internal sealed class GroupColumns
{
    private readonly Dictionary<int, int[]> _columns;
    private readonly Dictionary<int, int[]> _toGlobal;

    private GroupColumns(Dictionary<int, int[]> columns, Dictionary<int, int[]> toGlobal, List<string> keys, long[] counts)
    {
        _columns = columns;
        _toGlobal = toGlobal;
        Keys = keys;
        Counts = counts;
    }

    /// <summary>Every group's key, by its number.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>How many live documents each group has, by its number: counted on the way, for totals over all days.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>Reads a name-key field of every live document, segments in parallel, biggest first.</summary>
    public static GroupColumns Read(IndexReader reader, string field)
    {
        var leaves = reader.Leaves.OrderByDescending(l => l.AtomicReader.MaxDoc).ToList();
        var columns = leaves.ToDictionary(l => l.Ord, l => new int[l.AtomicReader.MaxDoc]);
        var local = new List<(string Key, long Count)>[leaves.Count];
        Parallel.For(0, leaves.Count, i => local[i] = ReadSegment(leaves[i].AtomicReader, field, columns[leaves[i].Ord]));
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        var counts = new List<long>();
        var toGlobal = new Dictionary<int, int[]>();
        for (var i = 0; i < leaves.Count; i++)
        {
            toGlobal[leaves[i].Ord] = [.. local[i].Select(term =>
            {
                if (!numbers.TryGetValue(term.Key, out var number))
                {
                    numbers[term.Key] = number = keys.Count;
                    keys.Add(term.Key);
                    counts.Add(0);
                }
                counts[number] += term.Count;
                return number;
            })];
        }
        return new GroupColumns(columns, toGlobal, keys, [.. counts]);
    }

    /// <summary>One segment's groups.</summary>
    public SegmentGroups Segment(int segment) => new(_columns[segment], _toGlobal[segment]);

    // The segment's keys in term order with their live documents; a document's entry is its key's index there plus
    // one, 0 for none.
    private static List<(string Key, long Count)> ReadSegment(AtomicReader reader, string field, int[] column)
    {
        var keys = new List<(string, long)>();
        var terms = reader.GetTerms(field)?.GetEnumerator();
        DocsEnum? postings = null;
        while (terms is not null && terms.MoveNext())
        {
            postings = terms.Docs(reader.LiveDocs, postings, DocsFlags.NONE);
            var count = 0L;
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                column[doc] = keys.Count + 1;
                count++;
            }
            if (count > 0)
            {
                keys.Add((terms.Term.Utf8ToString(), count));
            }
        }
        return keys;
    }
}
