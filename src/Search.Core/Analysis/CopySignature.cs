namespace Search.Core.Analysis;

/// <summary>
/// The MinHash signature of an article body, from which copy detection estimates how much of their text two bodies
/// share (the Jaccard similarity of their sets of three-word shingles; a shingle never spans two paragraphs, so
/// reordered paragraphs lose nothing). One-permutation MinHash: each shingle's hash picks one of
/// <see cref="Length"/> bins by its top bits and the bin keeps the smallest hash it gets; a bin no shingle reached
/// borrows from the nearest filled bin, in a direction fixed per bin, shifted by the distance (densification, after
/// Shrivastava 2017), so that two bodies agree on a bin with a probability equal to their similarity. One hash per
/// shingle instead of one per shingle and bin: the 128-function form cost 180 us a body in the native build, more
/// than a tenth of indexing. Only the low byte of each bin is kept (b-bit MinHash): 128 bytes a body, and two
/// unrelated values agree on it once in 256, which <see cref="Similarity"/> corrects for.
/// </summary>
internal static class CopySignature
{
    /// <summary>Bytes in a signature: one per bin.</summary>
    public const int Length = 128;

    /// <summary>Words a shingle spans.</summary>
    public const int ShingleWords = 3;

    /// <summary>The fewest words a body needs for a signature: shorter bodies (a caption, a teaser) are not compared.</summary>
    public const int MinWords = 20;

    /// <summary>Bands of the signature that locality-sensitive hashing files a body under.</summary>
    public const int Bands = 32;

    /// <summary>Bytes in a band: two bodies meet in a band when they agree on all of its bytes.</summary>
    public const int BandBytes = Length / Bands;

    // The top seven bits of a shingle's hash choose its bin.
    private const int BinShift = 64 - 7;

    // Added once per step a borrowed value travels, so that a value borrowed from afar differs from one borrowed near.
    private const uint Step = 0x9E3779B9;

    /// <summary>The signature of a body given as its paragraphs; null when it has fewer than <see cref="MinWords"/> words.</summary>
    /// <param name="paragraphs">The body's paragraphs, in order.</param>
    public static byte[]? Of(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        Span<uint> bins = stackalloc uint[Length];
        Span<bool> filled = stackalloc bool[Length];
        bins.Fill(uint.MaxValue);
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
                    shingle = (shingle ^ words[w]) * 0x9E3779B97F4A7C15UL;
                }
                shingle = FoldedWords.Mix(shingle);
                var bin = (int)(shingle >> BinShift);
                bins[bin] = Math.Min(bins[bin], (uint)shingle);
                filled[bin] = true;
            }
        }
        if (total < MinWords)
        {
            return null;
        }
        var signature = new byte[Length];
        for (var i = 0; i < Length; i++)
        {
            signature[i] = (byte)(filled[i] ? bins[i] : Borrowed(bins, filled, i));
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
        // Unequal values still agree on their low byte one time in 256.
        const double chance = 1.0 / 256;
        return Math.Clamp(((double)equal / Length - chance) / (1 - chance), 0, 1);
    }

    /// <summary>The key a body is filed under in one band.</summary>
    public static uint BandKey(ReadOnlySpan<byte> signature, int band) =>
        BitConverter.ToUInt32(signature.Slice(band * BandBytes, BandBytes));

    // An empty bin takes the value of the nearest filled one, looking one way or the other as the bin's own fixed
    // coin says (the same for every body), shifted by how far it looked.
    private static uint Borrowed(ReadOnlySpan<uint> bins, ReadOnlySpan<bool> filled, int bin)
    {
        var direction = (FoldedWords.Mix((ulong)bin + 0x5EED) & 1) == 0 ? 1 : Length - 1;
        for (var distance = 1; distance < Length; distance++)
        {
            var from = (bin + distance * direction) % Length;
            if (filled[from])
            {
                return bins[from] + (uint)distance * Step;
            }
        }
        return 0;
    }
}
