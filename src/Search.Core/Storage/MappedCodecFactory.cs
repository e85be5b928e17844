using Lucene.Net.Codecs;

namespace Search.Core.Storage;

/// <summary>
/// Makes Lucene read and write segments of its 4.6 codec with <see cref="MappedLucene46Codec"/>; every other codec
/// as before. Lucene looks a segment's codec up by the name written in it, through one factory for the process; the
/// codec's day columns (<see cref="DayColumnFormat"/>) are found the same way, through <see cref="DayColumnFormatFactory"/>.
/// </summary>
internal sealed class MappedCodecFactory : ICodecFactory
{
    private static readonly Lock Installing = new();
    private readonly Codec _lucene46 = new MappedLucene46Codec();
    private readonly ICodecFactory _others;

    private MappedCodecFactory(ICodecFactory others) => _others = others;

    /// <summary>Puts the factory in place, once: before an index is opened or written.</summary>
    public static void Install()
    {
        DayColumnFormatFactory.Install();
        lock (Installing)
        {
            if (Codec.GetCodecFactory() is not MappedCodecFactory)
            {
                Codec.SetCodecFactory(new MappedCodecFactory(Codec.GetCodecFactory()));
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
    public Codec GetCodec(string name) => name == _lucene46.Name ? _lucene46 : _others.GetCodec(name);
}
