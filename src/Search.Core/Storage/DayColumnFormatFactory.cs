using Lucene.Net.Codecs;

namespace Search.Core.Storage;

/// <summary>
/// Lets Lucene find <see cref="DayColumnFormat"/> by the name a segment records for its day fields; every other doc
/// values format as before. Like codecs, formats are looked up through one factory for the process.
/// </summary>
internal sealed class DayColumnFormatFactory : IDocValuesFormatFactory
{
    private static readonly Lock Installing = new();
    private readonly DocValuesFormat _days = new DayColumnFormat();
    private readonly IDocValuesFormatFactory _others;

    private DayColumnFormatFactory(IDocValuesFormatFactory others) => _others = others;

    /// <summary>Puts the factory in place, once: before an index is opened or written.</summary>
    public static void Install()
    {
        lock (Installing)
        {
            if (DocValuesFormat.GetDocValuesFormatFactory() is not DayColumnFormatFactory)
            {
                DocValuesFormat.SetDocValuesFormatFactory(new DayColumnFormatFactory(DocValuesFormat.GetDocValuesFormatFactory()));
            }
        }
    }

    /// <inheritdoc />
    public DocValuesFormat GetDocValuesFormat(string name) => name == DayColumnFormat.FormatName ? _days : _others.GetDocValuesFormat(name);
}
