using Lucene.Net.Codecs;

namespace Search.Core.Storage;

/// <summary>
/// Makes Lucene read and write segments of its 4.6 codec with <see cref="MappedLucene46Codec"/>, and find that
/// codec's day columns (<see cref="DayColumnFormat"/>); every other codec and doc values format as before. Lucene
/// looks both up by the names written in a segment, each through one factory for the process: this one, for both.
/// </summary>
internal sealed class MappedCodecFactory : ICodecFactory, IDocValuesFormatFactory
{
    private static readonly Lock Installing = new();
    private readonly Codec _lucene46 = new MappedLucene46Codec();
    private readonly DocValuesFormat _days = new DayColumnFormat();
    private readonly ICodecFactory _otherCodecs;
    private readonly IDocValuesFormatFactory _otherFormats;

    private MappedCodecFactory(ICodecFactory otherCodecs, IDocValuesFormatFactory otherFormats) =>
        (_otherCodecs, _otherFormats) = (otherCodecs, otherFormats);

    /// <summary>Puts the factory in place, once: before an index is opened or written.</summary>
    public static void Install()
    {
        lock (Installing)
        {
            if (Codec.GetCodecFactory() is not MappedCodecFactory)
            {
                var factory = new MappedCodecFactory(Codec.GetCodecFactory(), DocValuesFormat.GetDocValuesFormatFactory());
                // The formats first: a codec found through the factory must find its day format too.
                DocValuesFormat.SetDocValuesFormatFactory(factory);
                Codec.SetCodecFactory(factory);
            }
        }
    }

    /// <summary>
    /// The codec to write segments with. Lucene's default codec is looked up once per process, at its first use:
    /// named here, a writer gets this one even where something asked for the default before the factory was in place.
    /// </summary>
    public static Codec Writing
    {
        get
        {
            Install();
            return Codec.ForName(MappedLucene46Codec.RecordedName);
        }
    }

    /// <inheritdoc />
    public Codec GetCodec(string name) => name == _lucene46.Name ? _lucene46 : _otherCodecs.GetCodec(name);

    /// <inheritdoc />
    public DocValuesFormat GetDocValuesFormat(string name) => name == DayColumnFormat.FormatName ? _days : _otherFormats.GetDocValuesFormat(name);
}
