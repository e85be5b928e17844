using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene42;
using Lucene.Net.Index;

namespace Search.Core.Storage;

/// <summary>Lucene 4.2's norms format (the 4.6 codec's), writing the same files and reading each field's norms into <see cref="CompactNorms"/>.</summary>
internal sealed class CompactNormsFormat : NormsFormat
{
    private readonly Lucene42NormsFormat _lucene = new();

    /// <inheritdoc />
    public override DocValuesConsumer NormsConsumer(SegmentWriteState state) => _lucene.NormsConsumer(state);

    /// <inheritdoc />
    public override DocValuesProducer NormsProducer(SegmentReadState state) => new CompactNormsProducer(_lucene, state);
}
