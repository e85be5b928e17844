using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Search.Core.Storage;

/// <summary>
/// Reads a segment's day columns (<see cref="DayColumnFormat"/>, written by <see cref="DayColumnWriter"/>): the
/// header, every field's entry and the footer's place are checked when the segment is opened, the whole file's
/// checksum by <see cref="CheckIntegrity"/>.
/// </summary>
internal sealed class DayColumnReader : DocValuesProducer
{
    private readonly IndexInput _data;
    private readonly Dictionary<int, Entry> _fields = [];

    public DayColumnReader(SegmentReadState state)
    {
        _data = state.Directory.OpenInput(IndexFileNames.SegmentFileName(state.SegmentInfo.Name, state.SegmentSuffix, DayColumnFormat.Extension), state.Context);
        var done = false;
        try
        {
            CodecUtil.CheckHeader(_data, DayColumnFormat.Codec, DayColumnFormat.Version, DayColumnFormat.Version);
            for (var field = _data.ReadVInt32(); field != -1; field = _data.ReadVInt32())
            {
                var (min, max, width, count) = (_data.ReadInt32(), _data.ReadInt32(), (int)_data.ReadByte(), _data.ReadVInt32());
                if (width != DayColumn.WidthFor((long)max - min + 1) || count != state.SegmentInfo.DocCount || max < min - 1)
                {
                    throw new CorruptIndexException($"day column of field {field} does not fit its segment (days {min} to {max}, {width} bytes, {count} documents): {_data}");
                }
                _fields[field] = new Entry(min, max, width, count, _data.Position);
                _data.Seek(_data.Position + (long)count * width);
            }
            if (_data.Position != _data.Length - CodecUtil.FooterLength())
            {
                throw new CorruptIndexException($"day columns end at {_data.Position}, not at the footer: {_data}");
            }
            CodecUtil.RetrieveChecksum(_data);
            done = true;
        }
        finally
        {
            if (!done)
            {
                IOUtils.DisposeWhileHandlingException(_data);
            }
        }
    }

    /// <inheritdoc />
    public override NumericDocValues GetNumeric(FieldInfo field) => Column(field);

    /// <inheritdoc />
    public override IBits GetDocsWithField(FieldInfo field) => new DayColumnPresence(Column(field));

    private DayColumn Column(FieldInfo field) =>
        _fields.TryGetValue(field.Number, out var entry)
            ? new DayColumn((IndexInput)_data.Clone(), entry.Start, entry.Width, entry.Min, entry.Max, entry.Count)
            : throw new CorruptIndexException($"no day column for field {field.Name}: {_data}");

    /// <inheritdoc />
    public override BinaryDocValues GetBinary(FieldInfo field) => throw DayColumnFormat.NumbersOnly(field);

    /// <inheritdoc />
    public override SortedDocValues GetSorted(FieldInfo field) => throw DayColumnFormat.NumbersOnly(field);

    /// <inheritdoc />
    public override SortedSetDocValues GetSortedSet(FieldInfo field) => throw DayColumnFormat.NumbersOnly(field);

    /// <inheritdoc />
    public override long RamBytesUsed() => 0;

    /// <inheritdoc />
    public override void CheckIntegrity() => CodecUtil.ChecksumEntireFile(_data);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _data.Dispose();
        }
    }

    private readonly record struct Entry(int Min, int Max, int Width, int Count, long Start);
}
