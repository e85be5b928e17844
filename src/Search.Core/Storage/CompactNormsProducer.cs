using System.Buffers;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Storage;

/// <summary>
/// Reads one segment's norms as <see cref="CompactNorms"/>, each field once for every reader of the segment. Lucene's
/// own reader is opened with the segment, so damaged norms are found when the index is opened, as before. A field kept
/// uncompressed (nearly all) is read straight from the data file; any other through a Lucene reader of its own, closed
/// after, so that Lucene's array of a byte per document does not stay in memory beside the compact one.
/// </summary>
internal sealed class CompactNormsProducer : DocValuesProducer
{
    private readonly NormsFormat _format;
    private readonly SegmentReadState _state;
    private readonly DocValuesProducer _opened;
    private readonly Lucene42NormsLayout _layout;
    private readonly Dictionary<int, NumericDocValues> _fields = [];
    private readonly Lock _reading = new();
    private long _bytes;

    public CompactNormsProducer(NormsFormat format, SegmentReadState state)
    {
        _format = format;
        _state = state;
        _opened = format.NormsProducer(state);
        _layout = Lucene42NormsLayout.Read(state);
    }

    /// <inheritdoc />
    public override NumericDocValues GetNumeric(FieldInfo field)
    {
        lock (_reading)
        {
            if (!_fields.TryGetValue(field.Number, out var norms))
            {
                norms = Read(field);
                _bytes += norms is CompactNorms compact ? compact.Bytes : _state.SegmentInfo.DocCount;
                _fields[field.Number] = norms;
            }
            return norms;
        }
    }

    private NumericDocValues Read(FieldInfo field)
    {
        var maxDoc = _state.SegmentInfo.DocCount;
        if (_layout.TryUncompressed(field.Number, out var offset))
        {
            using var data = _state.Directory.OpenInput(_layout.DataFile, _state.Context);
            data.Seek(offset);
            var bytes = ArrayPool<byte>.Shared.Rent(maxDoc);
            try
            {
                data.ReadBytes(bytes, 0, maxDoc);
                return CompactNorms.Of(bytes.AsSpan(0, maxDoc), signed: true);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        using var reader = _format.NormsProducer(_state);
        return CompactNorms.Of(reader.GetNumeric(field), maxDoc);
    }

    /// <inheritdoc />
    public override BinaryDocValues GetBinary(FieldInfo field) => _opened.GetBinary(field);

    /// <inheritdoc />
    public override SortedDocValues GetSorted(FieldInfo field) => _opened.GetSorted(field);

    /// <inheritdoc />
    public override SortedSetDocValues GetSortedSet(FieldInfo field) => _opened.GetSortedSet(field);

    /// <inheritdoc />
    public override IBits GetDocsWithField(FieldInfo field) => _opened.GetDocsWithField(field);

    /// <inheritdoc />
    public override long RamBytesUsed() => Interlocked.Read(ref _bytes);

    /// <inheritdoc />
    public override void CheckIntegrity() => _opened.CheckIntegrity();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _opened.Dispose();
        }
    }
}
