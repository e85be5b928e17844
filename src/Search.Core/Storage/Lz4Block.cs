using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Lucene.Net.Index;

namespace Search.Core.Storage;

/// <summary>
/// Decodes LZ4 block data, the compression of Lucene's stored fields (<c>CompressionMode.FAST</c>), from memory.
/// </summary>
/// <remarks>
/// A block is a run of sequences: a token byte (literal count in its high four bits, match length less four in its
/// low four, 15 meaning more length bytes follow, each 255 meaning yet another), the literals, then a two-byte
/// little-endian distance back into the output to copy the match from. Like Lucene's decoder it stops as soon as it
/// has produced the bytes wanted, so a caller reading one document of a chunk decodes only up to that document and
/// consumes exactly the bytes Lucene's decoder would.
/// </remarks>
internal static class Lz4Block
{
    private const int MinMatch = 4;

    /// <summary>How far past the output a decoder may write: give the destination this many spare bytes.</summary>
    public const int Slack = 16;

    /// <summary>Decodes from <paramref name="source"/> until at least <paramref name="wanted"/> bytes are out.</summary>
    /// <param name="source">The compressed bytes, from the block's start; may run on past its end.</param>
    /// <param name="destination">Where the output goes, <see cref="Slack"/> bytes longer than <paramref name="limit"/>.</param>
    /// <param name="limit">The length of the whole block's output: no sequence may end past it.</param>
    /// <param name="wanted">How many bytes to produce at least (a sequence can end past this).</param>
    /// <param name="consumed">How many compressed bytes were read.</param>
    /// <returns>How many bytes were produced.</returns>
    /// <exception cref="CorruptIndexException">The data points outside the output.</exception>
    /// <exception cref="EndOfStreamException">The data ends inside a sequence.</exception>
    public static int Decode(ReadOnlySpan<byte> source, Span<byte> destination, int limit, int wanted, out int consumed)
    {
        if (limit < 0 || limit > destination.Length - Slack)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), "the destination needs Slack bytes past the limit");
        }
        int s = 0, d = 0;
        while (true)
        {
            var token = Byte(source, ref s);
            var literals = token >> 4;
            if (literals == 15)
            {
                literals += MoreLength(source, ref s);
            }
            if (literals > 0)
            {
                if (literals > source.Length - s)
                {
                    throw new EndOfStreamException("stored fields: compressed data ends inside literals");
                }
                if (literals > limit - d)
                {
                    throw new CorruptIndexException("stored fields: literals run past the chunk's length");
                }
                // Most runs are short: one 16-byte move where the source has the bytes, rather than a call per run.
                if (literals <= Slack && source.Length - s >= Slack)
                {
                    Move16(source[s..], destination[d..]);
                }
                else
                {
                    source.Slice(s, literals).CopyTo(destination[d..]);
                }
                (s, d) = (s + literals, d + literals);
            }
            if (d >= wanted)
            {
                break;
            }
            var distance = Byte(source, ref s) | (Byte(source, ref s) << 8);
            var length = token & 15;
            if (length == 15)
            {
                length += MoreLength(source, ref s);
            }
            length += MinMatch;
            if (distance == 0 || distance > d || length > limit - d)
            {
                throw new CorruptIndexException($"stored fields: a match ({distance} back, {length} long) points outside the chunk");
            }
            if (distance >= Slack && length <= Slack)
            {
                Move16(destination[(d - distance)..], destination[d..]);
            }
            else if (distance >= length)
            {
                destination.Slice(d - distance, length).CopyTo(destination[d..]);
            }
            else
            {
                // The match overlaps what it produces (a repeated pattern): byte by byte, as the format means it.
                for (var i = 0; i < length; i++)
                {
                    destination[d + i] = destination[d - distance + i];
                }
            }
            d += length;
            if (d >= wanted)
            {
                break;
            }
        }
        consumed = s;
        return d;
    }

    // 16 bytes from one place to another that do not overlap; both spans are at least that long.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Move16(ReadOnlySpan<byte> from, Span<byte> to) =>
        Vector128.Create(from[..Slack]).CopyTo(to[..Slack]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Byte(ReadOnlySpan<byte> source, ref int s) =>
        s < source.Length ? source[s++] : throw new EndOfStreamException("stored fields: compressed data ends inside a sequence");

    private static int MoreLength(ReadOnlySpan<byte> source, ref int s)
    {
        var length = 0;
        int b;
        do
        {
            b = Byte(source, ref s);
            length += b;
        }
        while (b == 255);
        return length;
    }
}
