using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Copies;

/// <summary>
/// Takes each group of copies once among a query's matches (<c>--collapse</c>): the group's earliest member that
/// matches stands for it, and its other matching members are left out. A member that does not match is not counted
/// either way, so a copy that lost the matching paragraph to truncation neither adds nor stands in.
/// </summary>
internal static class CopyCollapse
{
    /// <summary>What to leave out of a query's matches.</summary>
    /// <param name="groups">The index's groups of copies.</param>
    /// <param name="kind">Which groups apply: article groups to matching articles, comment groups to matching comments.</param>
    /// <param name="matched">The matched documents, a bit set per segment by ordinal (absent: none matched).</param>
    /// <param name="reader">The index the documents are numbered in.</param>
    public static CollapsedMatches Of(CopyGroups groups, CopyKind kind, IReadOnlyDictionary<int, FixedBitSet> matched, IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(matched);
        return Of(groups, kind, reader, (ord, doc) => matched.TryGetValue(ord, out var bits) && bits.Get(doc));
    }

    /// <summary>What to leave out of the documents a test picks (for totals: every document in the periods counted).</summary>
    /// <param name="groups">The index's groups of copies.</param>
    /// <param name="kind">Which groups apply.</param>
    /// <param name="reader">The index the documents are numbered in.</param>
    /// <param name="counted">Whether a document (segment ordinal, document in the segment) is among those counted.</param>
    public static CollapsedMatches Of(CopyGroups groups, CopyKind kind, IndexReader reader, Func<int, int, bool> counted)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(counted);
        var leaves = reader.Leaves;
        var starts = leaves.Select(l => l.DocBase).ToArray();
        var hidden = new Dictionary<int, FixedBitSet>();
        var copiesOf = new Dictionary<int, int>();
        long hiddenCount = 0;
        foreach (var group in groups.Of(kind))
        {
            var standing = -1;
            foreach (var doc in group.Docs)
            {
                var leaf = ReaderUtil.SubIndex(doc, starts);
                var ord = leaves[leaf].Ord;
                var local = doc - starts[leaf];
                if (!counted(ord, local))
                {
                    continue;
                }
                if (standing < 0)
                {
                    standing = doc;
                    continue;
                }
                if (!hidden.TryGetValue(ord, out var set))
                {
                    hidden[ord] = set = new FixedBitSet(leaves[leaf].AtomicReader.MaxDoc);
                }
                set.Set(local);
                hiddenCount++;
                copiesOf[standing] = copiesOf.GetValueOrDefault(standing) + 1;
            }
        }
        return new CollapsedMatches(hidden, hiddenCount, copiesOf);
    }
}
