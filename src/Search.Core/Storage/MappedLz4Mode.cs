using Lucene.Net.Codecs.Compressing;

namespace Search.Core.Storage;

/// <summary>Lucene's <c>FAST</c> compression (LZ4): its compressor, and <see cref="MappedLz4Decompressor"/> to read.</summary>
internal sealed class MappedLz4Mode : CompressionMode
{
    /// <inheritdoc />
    public override Compressor NewCompressor() => FAST.NewCompressor();

    /// <inheritdoc />
    public override Decompressor NewDecompressor() => new MappedLz4Decompressor();

    /// <inheritdoc />
    public override string ToString() => FAST.ToString() ?? "FAST";
}
