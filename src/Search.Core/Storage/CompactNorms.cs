using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;
using Lucene.Net.Index;

namespace Search.Core.Storage;

/// <summary>
/// One field's norms kept for only the documents that have the field: a bit per document says which do, and their
/// norms lie side by side, found by counting the bits before. Comment documents have no article fields, and where
/// articles have three comments each they are three documents in four: an article field's norms then take less
/// than half the memory of Lucene's array of a byte per document, and scoring a hit touches a quarter of the cache
/// lines (at a million articles that array's reads were a fifth of the time of a two-word query, waiting on memory).
/// </summary>
internal sealed class CompactNorms : NumericDocValues
{
    private readonly ulong[] _has;
    private readonly int[] _before;
    private readonly byte[] _norms;
    private readonly bool _signed;

    private CompactNorms(ulong[] has, int[] before, byte[] norms, bool signed) => (_has, _before, _norms, _signed) = (has, before, norms, signed);

    /// <summary>The memory the norms take, in bytes.</summary>
    public long Bytes => (_has.Length * 8L) + (_before.Length * 4L) + _norms.Length;

    /// <summary>
    /// The norms of a field as Lucene reads them, compacted; or as given when they do not fit in a byte (a similarity
    /// other than ours). Lucene gives a norm back signed from its byte-per-document layout and as the similarity made
    /// it (0 to 255 in Lucene.Net) from its table layout: either way it reads back as given.
    /// </summary>
    /// <param name="norms">The field's norms as Lucene reads them.</param>
    /// <param name="maxDoc">The segment's document count.</param>
    /// <returns>The same values, document by document.</returns>
    public static NumericDocValues Of(NumericDocValues norms, int maxDoc)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(maxDoc);
        try
        {
            var (signed, unsigned) = (false, false);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                var norm = norms.Get(doc);
                signed |= norm < 0;
                unsigned |= norm > sbyte.MaxValue;
                if (norm is < sbyte.MinValue or > byte.MaxValue || (signed && unsigned))
                {
                    return norms;
                }
                bytes[doc] = unchecked((byte)norm);
            }
            return Of(bytes.AsSpan(0, maxDoc), signed);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The norms of a field from a byte per document, in order.</summary>
    /// <param name="norms">The field's bytes, one per document of the segment.</param>
    /// <param name="signed">Whether a byte is read back signed (as Lucene's byte-per-document layout is) or unsigned.</param>
    /// <returns>The same values, document by document.</returns>
    public static CompactNorms Of(ReadOnlySpan<byte> norms, bool signed)
    {
        var has = new ulong[(norms.Length + 63) >> 6];
        var count = 0;
        for (var word = 0; word < has.Length; word++)
        {
            has[word] = NonZero(norms[(word << 6)..Math.Min((word + 1) << 6, norms.Length)]);
            count += BitOperations.PopCount(has[word]);
        }
        var before = new int[has.Length];
        var compact = new byte[count];
        var next = 0;
        for (var word = 0; word < has.Length; word++)
        {
            before[word] = next;
            for (var bits = has[word]; bits != 0; bits &= bits - 1)
            {
                compact[next++] = norms[(word << 6) + BitOperations.TrailingZeroCount(bits)];
            }
        }
        return new CompactNorms(has, before, compact, signed);
    }

    /// <inheritdoc />
    public override long Get(int docID)
    {
        var word = _has[docID >> 6];
        var bit = 1UL << docID;
        if ((word & bit) == 0)
        {
            return 0;
        }
        var norm = _norms[_before[docID >> 6] + BitOperations.PopCount(word & (bit - 1))];
        return _signed ? (sbyte)norm : norm;
    }

    // A bit for each of up to 64 bytes that is not zero.
    private static ulong NonZero(ReadOnlySpan<byte> part)
    {
        if (part.Length == 64)
        {
            var low = Vector256.Equals(Vector256.Create(part[..32]), Vector256<byte>.Zero).ExtractMostSignificantBits();
            var high = Vector256.Equals(Vector256.Create(part[32..]), Vector256<byte>.Zero).ExtractMostSignificantBits();
            return ~(((ulong)high << 32) | low);
        }
        ulong bits = 0;
        for (var i = 0; i < part.Length; i++)
        {
            bits |= part[i] == 0 ? 0 : 1UL << i;
        }
        return bits;
    }
}
