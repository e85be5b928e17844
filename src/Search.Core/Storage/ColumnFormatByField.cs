using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene45;
using Lucene.Net.Codecs.PerField;
using Search.Core.Schema;

namespace Search.Core.Storage;

/// <summary>The 4.6 codec's doc values, field by field: the days in <see cref="DayColumnFormat"/>, every other column in Lucene 4.5's format as before.</summary>
internal sealed class ColumnFormatByField : PerFieldDocValuesFormat
{
    private readonly DocValuesFormat _days = new DayColumnFormat();
    private readonly DocValuesFormat _lucene = new Lucene45DocValuesFormat();

    /// <inheritdoc />
    public override DocValuesFormat GetDocValuesFormatForField(string field) =>
        FieldNames.DayColumns.Contains(field) ? _days : _lucene;
}
