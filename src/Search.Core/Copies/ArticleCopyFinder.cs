using System.Numerics;
using Search.Core.Analysis;

namespace Search.Core.Copies;

/// <summary>
/// Finds articles whose bodies are copies of each other by locality-sensitive hashing: each body is filed under
/// <see cref="CopySignature.Bands"/> keys, one per band of its signature; two bodies that share a key are compared
/// on the whole signature, and joined when their similarity reaches the threshold. Bodies similar at 0.5 meet in at
/// least one band 87% of the time, at 0.6 99%, at 0.7 99.99%; a copy missed as a pair is usually still joined
/// through another copy. Unrelated bodies almost never meet (their bands agree once in 2^32).
/// </summary>
internal static class ArticleCopyFinder
{
    /// <summary>The groups of copies among the signed articles, as positions in <paramref name="signatures"/>.</summary>
    /// <param name="signatures">Every signed article.</param>
    /// <param name="threshold">The least similarity that makes two bodies copies.</param>
    public static List<List<int>> Find(ArticleSignatures signatures, double threshold)
    {
        var count = signatures.Count;
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
                var key = CopySignature.BandKey(signatures[i], band);
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
                    if (CopySignature.Similarity(signatures[i], signatures[other]) >= threshold)
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
}
