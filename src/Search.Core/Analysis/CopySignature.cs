using System.Numerics;

namespace Search.Core.Analysis;

/// <summary>
/// The MinHash signature of an article body, from which copy detection estimates how much of their text two bodies
/// share (the Jaccard similarity of their sets of three-word shingles; a shingle never spans two paragraphs, so
/// reordered paragraphs lose nothing). <see cref="Length"/> independent hash functions each keep the smallest hash of
/// any shingle; two bodies agree on a function's minimum with a probability equal to their similarity. Only the low
/// byte of each minimum is kept (b-bit MinHash): 128 bytes a body, and two unrelated minima agree on it once in 256,
/// which <see cref="Similarity"/> corrects for.
/// </summary>
internal static class CopySignature
{
    /// <summary>Bytes in a signature: one per hash function.</summary>
    public const int Length = 128;

    /// <summary>Words a shingle spans.</summary>
    public const int ShingleWords = 3;

    /// <summary>The fewest words a body needs for a signature: shorter bodies (a caption, a teaser) are not compared.</summary>
    public const int MinWords = 20;

    /// <summary>Bands of the signature that locality-sensitive hashing files a body under.</summary>
    public const int Bands = 32;

    /// <summary>Bytes in a band: two bodies meet in a band when they agree on all of its bytes.</summary>
    public const int BandBytes = Length / Bands;

    // Each hash function is the same bijective mixer applied to the shingle's hash XOR its own seed.
    private static readonly uint[] Seeds = MakeSeeds();

    /// <summary>The signature of a body given as its paragraphs; null when it has fewer than <see cref="MinWords"/> words.</summary>
    /// <param name="paragraphs">The body's paragraphs, in order.</param>
    public static byte[]? Of(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var minima = new uint[Length];
        Array.Fill(minima, uint.MaxValue);
        var words = new List<ulong>();
        var total = 0;
        foreach (var paragraph in paragraphs)
        {
            words.Clear();
            FoldedWords.Hash(paragraph, words);
            total += words.Count;
            // A paragraph shorter than a shingle is one shingle of its words.
            var shingles = Math.Max(1, words.Count - ShingleWords + 1);
            for (var i = 0; i < shingles && words.Count > 0; i++)
            {
                var shingle = 0UL;
                for (var w = i; w < Math.Min(i + ShingleWords, words.Count); w++)
                {
                    shingle = FoldedWords.Mix(shingle ^ words[w]);
                }
                Keep(minima, (uint)shingle);
            }
        }
        if (total < MinWords)
        {
            return null;
        }
        var signature = new byte[Length];
        for (var i = 0; i < Length; i++)
        {
            signature[i] = (byte)minima[i];
        }
        return signature;
    }

    /// <summary>The estimated Jaccard similarity of the shingle sets of two bodies, 0 to 1.</summary>
    public static double Similarity(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var equal = 0;
        for (var i = 0; i < Length; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }
        // Unequal minima still agree on their low byte one time in 256.
        const double chance = 1.0 / 256;
        return Math.Clamp(((double)equal / Length - chance) / (1 - chance), 0, 1);
    }

    /// <summary>The key a body is filed under in one band.</summary>
    public static uint BandKey(ReadOnlySpan<byte> signature, int band) =>
        BitConverter.ToUInt32(signature.Slice(band * BandBytes, BandBytes));

    private static void Keep(uint[] minima, uint shingle)
    {
        var width = Vector<uint>.Count;
        var x = new Vector<uint>(shingle);
        for (var i = 0; i < Length; i += width)
        {
            // murmur3's 32-bit finalizer, one lane per hash function.
            var h = x ^ new Vector<uint>(Seeds, i);
            h ^= Vector.ShiftRightLogical(h, 16);
            h *= new Vector<uint>(0x85EBCA6B);
            h ^= Vector.ShiftRightLogical(h, 13);
            h *= new Vector<uint>(0xC2B2AE35);
            h ^= Vector.ShiftRightLogical(h, 16);
            Vector.Min(h, new Vector<uint>(minima, i)).CopyTo(minima, i);
        }
    }

    private static uint[] MakeSeeds()
    {
        var seeds = new uint[Length];
        var state = 0x5EED5EEDUL;
        for (var i = 0; i < Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = (uint)FoldedWords.Mix(state);
        }
        return seeds;
    }
}
