using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Search.Core.Storage;

/// <summary>
/// Lucene's 4.6 codec, under its own name and writing the same files, whose stored fields are decompressed by
/// <see cref="MappedLz4Decompressor"/> and whose norms are read as <see cref="CompactNorms"/>: indexes written before
/// it and after it are the same.
/// </summary>
[CodecName("Lucene46")]
internal sealed class MappedLucene46Codec : FilterCodec
{
    // Lucene41StoredFieldsFormat is this format with CompressionMode.FAST; the mode is not written to the files.
    private readonly StoredFieldsFormat _storedFields = new CompressingStoredFieldsFormat("Lucene41StoredFields", new MappedLz4Mode(), 1 << 14);
    private readonly NormsFormat _norms = new CompactNormsFormat();

    /// <summary>Creates the codec.</summary>
    public MappedLucene46Codec()
        : base(new Lucene46Codec())
    {
    }

    /// <inheritdoc />
    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    /// <inheritdoc />
    public override NormsFormat NormsFormat => _norms;
}
