using Lucene.Net.Index;
using Search.Core.Schema;

namespace Search.Core.Copies;

/// <summary>Finds comments with equal <see cref="Analysis.CommentFingerprint"/>s: the same words in the same order.</summary>
internal static class CommentCopyFinder
{
    /// <summary>
    /// The groups of copies among the live comments, each as its documents (index-wide numbers) in increasing order,
    /// and how many comments had a fingerprint (were long enough to be compared).
    /// </summary>
    public static (List<List<int>> Groups, int Compared) Find(IndexReader reader)
    {
        var fingerprints = new List<long>();
        var docs = new List<int>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (segment.GetNumericDocValues(FieldNames.CopyFingerprint) is not { } values)
            {
                continue;
            }
            var has = segment.GetDocsWithField(FieldNames.CopyFingerprint);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                // 0 is no fingerprint: a comment too short, or a document that is no comment.
                if (has.Get(doc) && (live is null || live.Get(doc)) && values.Get(doc) is var fingerprint and not 0)
                {
                    fingerprints.Add(fingerprint);
                    docs.Add(leaf.DocBase + doc);
                }
            }
        }
        var keys = fingerprints.ToArray();
        var items = docs.ToArray();
        Array.Sort(keys, items);
        var groups = new List<List<int>>();
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }
            if (end - start > 1)
            {
                var group = items[start..end].ToList();
                group.Sort();
                groups.Add(group);
            }
            start = end;
        }
        return (groups, keys.Length);
    }
}
