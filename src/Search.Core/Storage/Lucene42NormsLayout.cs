using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace Search.Core.Storage;

/// <summary>
/// Where a segment's norms lie in Lucene 4.2's norms files, as far as <see cref="CompactNormsProducer"/> reads them
/// itself: the fields kept uncompressed (a byte per document, the layout of every field whose norms fit a signed
/// byte), each at an offset in the data file. The metadata file is read as Lucene's own reader reads it, after that
/// reader has checked it.
/// </summary>
internal sealed class Lucene42NormsLayout
{
    private const string MetadataCodec = "Lucene41NormsMetadata";
    private const int FirstVersion = 0;
    private const int ChecksumVersion = 2;
    private const byte NumberEntry = 0;
    private const byte Uncompressed = 2;

    private readonly Dictionary<int, long> _uncompressed;

    private Lucene42NormsLayout(string dataFile, Dictionary<int, long> uncompressed) => (DataFile, _uncompressed) = (dataFile, uncompressed);

    /// <summary>The data file's name.</summary>
    public string DataFile { get; }

    /// <summary>Reads the layout of one segment's norms.</summary>
    /// <param name="state">The segment.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="CorruptIndexException">The metadata is not Lucene 4.2's norms metadata.</exception>
    public static Lucene42NormsLayout Read(SegmentReadState state)
    {
        var segment = state.SegmentInfo.Name;
        using var metadata = state.Directory.OpenChecksumInput(IndexFileNames.SegmentFileName(segment, state.SegmentSuffix, "nvm"), state.Context);
        var version = CodecUtil.CheckHeader(metadata, MetadataCodec, FirstVersion, ChecksumVersion);
        var uncompressed = new Dictionary<int, long>();
        for (var field = metadata.ReadVInt32(); field != -1; field = metadata.ReadVInt32())
        {
            if (metadata.ReadByte() != NumberEntry)
            {
                throw new CorruptIndexException($"norms of field {field} are not numbers: {metadata}");
            }
            var offset = metadata.ReadInt64();
            if (metadata.ReadByte() == Uncompressed)
            {
                uncompressed[field] = offset;
            }
            else
            {
                metadata.ReadVInt32(); // the packed ints' version
            }
        }
        if (version >= ChecksumVersion)
        {
            CodecUtil.CheckFooter(metadata);
        }
        return new Lucene42NormsLayout(IndexFileNames.SegmentFileName(segment, state.SegmentSuffix, "nvd"), uncompressed);
    }

    /// <summary>Where a field's bytes start in the data file, when it is kept uncompressed.</summary>
    /// <param name="field">The field's number.</param>
    /// <param name="offset">The offset of its first byte.</param>
    /// <returns>Whether the field is kept uncompressed.</returns>
    public bool TryUncompressed(int field, out long offset) => _uncompressed.TryGetValue(field, out offset);
}
