using System.Buffers.Binary;
using System.Numerics;
using Search.Core.Analysis;

namespace Search.Core.Copies;

/// <summary>
/// Finds articles whose bodies are copies of each other by locality-sensitive hashing: each body is filed under
/// <see cref="CopySignature.Bands"/> keys, one per band of its signature; two bodies that share a key are compared
/// on the whole signature, and joined when their similarity reaches the threshold. Bodies similar at 0.5 meet in at
/// least one band 87% of the time, at 0.6 99%, at 0.7 99.99%; a copy missed as a pair is usually still joined
/// through another copy. Unrelated bodies almost never meet (their bands agree once in 2^32). Bodies are filed in the
/// order of their signatures, not of the index, so one corpus gives the same groups whatever order its documents
/// were indexed in (two indexing threads interleave them differently in every build).
/// </summary>
internal static class ArticleCopyFinder
{
    /// <summary>The groups of copies among the signed articles, as positions in <paramref name="signatures"/>.</summary>
    /// <param name="signatures">Every signed article.</param>
    /// <param name="threshold">The least similarity that makes two bodies copies.</param>
    public static List<List<int>> Find(ArticleSignatures signatures, double threshold)
    {
        var order = SignatureOrder(signatures);
        // The signatures copied into that order, so that each band reads them one after another, not all over.
        var sorted = new byte[order.Length * CopySignature.Length];
        for (var k = 0; k < order.Length; k++)
        {
            signatures[order[k]].CopyTo(sorted.AsSpan(k * CopySignature.Length));
        }
        return [.. Groups(sorted, threshold).Select(group => group.Select(k => order[k]).Order().ToList())];
    }

    // The groups among signatures laid end to end, as their places in that row.
    private static List<List<int>> Groups(byte[] row, double threshold)
    {
        ReadOnlySpan<byte> Signature(int i) => row.AsSpan(i * CopySignature.Length, CopySignature.Length);
        var count = row.Length / CopySignature.Length;
        var sets = new DisjointSets(count);
        var size = (int)Math.Max(16, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, count * 2)));
        var keys = new uint[size];
        var first = new int[size];
        var last = new int[size];
        for (var band = 0; band < CopySignature.Bands; band++)
        {
            // Open addressing, one table per band: slot holds the first and the latest body filed under a key, plus one.
            Array.Clear(first);
            for (var i = 0; i < count; i++)
            {
                var key = CopySignature.BandKey(Signature(i), band);
                var slot = (int)(FoldedWords.Mix(key) & (ulong)(size - 1));
                while (first[slot] != 0 && keys[slot] != key)
                {
                    slot = (slot + 1) & (size - 1);
                }
                if (first[slot] == 0)
                {
                    (keys[slot], first[slot], last[slot]) = (key, i + 1, i + 1);
                    continue;
                }
                // Checked against the first body under the key, then the latest: bounded work for a crowded key.
                foreach (var other in (ReadOnlySpan<int>)[first[slot] - 1, last[slot] - 1])
                {
                    if (sets.Find(other) == sets.Find(i))
                    {
                        break;
                    }
                    if (CopySignature.Similarity(Signature(i), Signature(other)) >= threshold)
                    {
                        sets.Union(i, other);
                        break;
                    }
                }
                last[slot] = i + 1;
            }
        }
        return sets.Groups();
    }

    // The positions of the signatures in increasing order of their bytes. Which bodies a crowded key keeps (the first
    // and the latest) decides which pairs are compared; in this order that no longer depends on the index's order.
    // Equal signatures keep the index's order among themselves, which changes nothing: they meet under every key
    // and are joined at once, and each compares alike with every other body.
    private static int[] SignatureOrder(ArticleSignatures signatures)
    {
        var order = new int[signatures.Count];
        var leading = new ulong[signatures.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            leading[i] = BinaryPrimitives.ReadUInt64BigEndian(signatures[i]);
        }
        // Sorted by the first eight bytes (random bins: rarely equal unless the whole signature is), then runs of
        // equal leading bytes by the whole signature.
        Array.Sort(leading, order);
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && leading[end] == leading[start])
            {
                end++;
            }
            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, Comparer<int>.Create((a, b) =>
                    signatures[a].SequenceCompareTo(signatures[b]) is var c and not 0 ? c : a.CompareTo(b)));
            }
            start = end;
        }
        return order;
    }
}
