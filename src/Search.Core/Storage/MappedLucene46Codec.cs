using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Search.Core.Storage;

/// <summary>
/// Lucene's 4.6 codec, under its own name: its stored fields decompressed by <see cref="MappedLz4Decompressor"/> and
/// its norms read as <see cref="CompactNorms"/>, both from the files Lucene writes; its day fields written as
/// <see cref="DayColumnFormat"/>, every other column as Lucene's.
/// </summary>
[CodecName(RecordedName)]
internal sealed class MappedLucene46Codec : FilterCodec
{
    /// <summary>The name segments record, Lucene's own for its 4.6 codec.</summary>
    public const string RecordedName = "Lucene46";

    // Lucene41StoredFieldsFormat is this format with CompressionMode.FAST; the mode is not written to the files.
    private readonly StoredFieldsFormat _storedFields = new CompressingStoredFieldsFormat("Lucene41StoredFields", new MappedLz4Mode(), 1 << 14);
    private readonly NormsFormat _norms = new CompactNormsFormat();
    private readonly DocValuesFormat _columns = new ColumnFormatByField();

    /// <summary>Creates the codec.</summary>
    public MappedLucene46Codec()
        : base(new Lucene46Codec())
    {
    }

    /// <inheritdoc />
    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    /// <inheritdoc />
    public override NormsFormat NormsFormat => _norms;

    /// <inheritdoc />
    public override DocValuesFormat DocValuesFormat => _columns;
}
