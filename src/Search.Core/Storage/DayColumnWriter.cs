using System.Buffers.Binary;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Search.Core.Storage;

/// <summary>
/// Writes a segment's day columns (<see cref="DayColumnFormat"/>): after the header, per field its number, its
/// smallest and largest day, the bytes per document (1, 2 or 4: the span of days plus one for "none") and one value
/// per document, little-endian, 0 for a document without a day and otherwise the day less the smallest plus one;
/// then -1 and Lucene's checksum footer.
/// </summary>
internal sealed class DayColumnWriter : DocValuesConsumer
{
    private const int Chunk = 1 << 14;
    private readonly IndexOutput _output;

    public DayColumnWriter(SegmentWriteState state)
    {
        _output = state.Directory.CreateOutput(IndexFileNames.SegmentFileName(state.SegmentInfo.Name, state.SegmentSuffix, DayColumnFormat.Extension), state.Context);
        var done = false;
        try
        {
            CodecUtil.WriteHeader(_output, DayColumnFormat.Codec, DayColumnFormat.Version);
            done = true;
        }
        finally
        {
            if (!done)
            {
                IOUtils.DisposeWhileHandlingException(_output);
            }
        }
    }

    /// <inheritdoc />
    public override void AddNumericField(FieldInfo field, IEnumerable<long?> values)
    {
        var (count, min, max) = (0, long.MaxValue, long.MinValue);
        foreach (var value in values)
        {
            count++;
            if (value is { } v)
            {
                (min, max) = (Math.Min(min, v), Math.Max(max, v));
            }
        }
        if (max < min)
        {
            (min, max) = (0, -1);
        }
        if (min < 0 || max >= int.MaxValue)
        {
            throw new ArgumentException($"field {field.Name} holds values that are not day numbers ({min} to {max})");
        }
        var width = DayColumn.WidthFor(max - min + 1);
        _output.WriteVInt32(field.Number);
        _output.WriteInt32((int)min);
        _output.WriteInt32((int)max);
        _output.WriteByte((byte)width);
        _output.WriteVInt32(count);
        var buffer = new byte[Chunk * width];
        var filled = 0;
        foreach (var value in values)
        {
            var stored = value is { } v ? (uint)(v - min + 1) : 0u;
            var slot = buffer.AsSpan(filled * width, width);
            switch (width)
            {
                case 1: slot[0] = (byte)stored; break;
                case 2: BinaryPrimitives.WriteUInt16LittleEndian(slot, (ushort)stored); break;
                default: BinaryPrimitives.WriteUInt32LittleEndian(slot, stored); break;
            }
            if (++filled == Chunk)
            {
                _output.WriteBytes(buffer, 0, filled * width);
                filled = 0;
            }
        }
        _output.WriteBytes(buffer, 0, filled * width);
    }

    /// <inheritdoc />
    public override void AddBinaryField(FieldInfo field, IEnumerable<BytesRef> values) => throw DayColumnFormat.NumbersOnly(field);

    /// <inheritdoc />
    public override void AddSortedField(FieldInfo field, IEnumerable<BytesRef> values, IEnumerable<long?> docToOrd) => throw DayColumnFormat.NumbersOnly(field);

    /// <inheritdoc />
    public override void AddSortedSetField(FieldInfo field, IEnumerable<BytesRef> values, IEnumerable<long?> docToOrdCount, IEnumerable<long?> ords) => throw DayColumnFormat.NumbersOnly(field);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }
        var done = false;
        try
        {
            _output.WriteVInt32(-1);
            CodecUtil.WriteFooter(_output);
            done = true;
        }
        finally
        {
            if (done)
            {
                _output.Dispose();
            }
            else
            {
                IOUtils.DisposeWhileHandlingException(_output);
            }
        }
    }
}
