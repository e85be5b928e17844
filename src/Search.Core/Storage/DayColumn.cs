using System.Buffers;
using System.Buffers.Binary;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Search.Core.Storage;

/// <summary>
/// One field's days in one segment (<see cref="DayColumnFormat"/>): a value a document for Lucene (the day number,
/// 0 for none, as Lucene's numeric doc values), and all of them at once for a reader that needs every document's day.
/// </summary>
internal sealed class DayColumn : NumericDocValues
{
    private const int Chunk = 1 << 14;
    private readonly IndexInput _data;
    private readonly long _start;
    private readonly int _width;
    private readonly byte[] _one = new byte[4];

    internal DayColumn(IndexInput data, long start, int width, int min, int max, int count)
    {
        (_data, _start, _width, Min, Max, Count) = (data, start, width, min, max, count);
    }

    /// <summary>The earliest day any document of the segment has, deleted ones included.</summary>
    public int Min { get; }

    /// <summary>The latest day any document of the segment has, deleted ones included; below <see cref="Min"/> when none has one.</summary>
    public int Max { get; }

    /// <summary>How many documents the segment has.</summary>
    public int Count { get; }

    /// <summary>The field's column in a segment, or null when no document of the segment has the field.</summary>
    /// <exception cref="CorruptIndexException">The field is there, but not as a day column.</exception>
    public static DayColumn? Of(AtomicReader reader, string field) => reader.GetNumericDocValues(field) switch
    {
        null => null,
        DayColumn column => column,
        _ => throw new CorruptIndexException($"field {field} of segment {reader} is not a day column"),
    };

    /// <summary>How many bytes a value takes for a span of so many days (plus one for "none").</summary>
    internal static int WidthFor(long days) => days < byte.MaxValue ? 1 : days < ushort.MaxValue ? 2 : 4;

    /// <inheritdoc />
    public override long Get(int docID) => Stored(docID) is var stored and > 0 ? stored - 1 + (long)Min : 0;

    /// <summary>Whether a document has a day.</summary>
    public bool Has(int doc) => Stored(doc) > 0;

    /// <summary>
    /// Writes the day number plus one of every live document with a day into its place in <paramref name="column"/>
    /// (the others' places are left alone) and counts them per day, in one pass through the column.
    /// </summary>
    /// <param name="column">One place per document of the segment.</param>
    /// <param name="live">The segment's live documents; null when none is deleted.</param>
    /// <param name="perDay">Where to count: the count of day d added at d - <see cref="Min"/>; empty not to count.</param>
    public void Fill(int[] column, IBits? live, Span<long> perDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column.Length, Count);
        if (!perDay.IsEmpty)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(perDay.Length, Math.Max(0, Max - Min + 1));
        }
        var bytes = ArrayPool<byte>.Shared.Rent(Chunk * _width);
        var stored = ArrayPool<int>.Shared.Rent(Chunk);
        var dated = ArrayPool<int>.Shared.Rent(Chunk);
        try
        {
            _data.Seek(_start);
            for (var first = 0; first < Count; first += Chunk)
            {
                var n = Math.Min(Chunk, Count - first);
                _data.ReadBytes(bytes, 0, n * _width);
                var values = stored.AsSpan(0, n);
                Decode(bytes.AsSpan(0, n * _width), values);
                for (var i = 0; live is not null && i < n; i++)
                {
                    values[i] = live.Get(first + i) ? values[i] : 0;
                }
                // Which documents have a day, listed without a branch on each: articles and comments alternate
                // irregularly, and a branch per document on whether it has this field's day was mostly mispredicted.
                var count = 0;
                for (var i = 0; i < n; i++)
                {
                    dated[count] = i;
                    count += values[i] != 0 ? 1 : 0;
                }
                var places = column.AsSpan(first, n);
                foreach (var i in dated.AsSpan(0, count))
                {
                    // Stored is the day less Min plus one.
                    places[i] = Min + values[i];
                    if (!perDay.IsEmpty)
                    {
                        perDay[values[i] - 1]++;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<int>.Shared.Return(stored);
            ArrayPool<int>.Shared.Return(dated);
        }
    }

    // A chunk's stored values, little-endian in the file.
    private void Decode(ReadOnlySpan<byte> bytes, Span<int> values)
    {
        switch (_width)
        {
            case 1:
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = bytes[i];
                }
                break;
            case 2:
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(2 * i, 2));
                }
                break;
            default:
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(4 * i, 4));
                }
                break;
        }
    }

    // A document's stored value: 0 for none, else its day less Min plus one.
    private int Stored(int doc)
    {
        _data.Seek(_start + (long)doc * _width);
        _data.ReadBytes(_one, 0, _width);
        Span<int> value = stackalloc int[1];
        Decode(_one.AsSpan(0, _width), value);
        return value[0];
    }
}
