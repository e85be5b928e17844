using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace Search.Core.Storage;

/// <summary>
/// The doc values format of the day fields (<c>day</c>, <c>comment_day</c>): each document's day number in document
/// order, in as few bytes as the segment's span of days needs, so that a whole segment's days are one sequential read
/// (<see cref="DayColumn.Fill"/>). Lucene's own numeric format reads a value through a seek and a bit-unpacking per
/// document, and the day terms' postings it replaced a document at a time in an order of their own: at a million
/// articles both made reading every day the largest fixed cost of <c>search trend</c>.
/// </summary>
[DocValuesFormatName(FormatName)]
internal sealed class DayColumnFormat : DocValuesFormat
{
    /// <summary>The name written into each segment's field attributes, by which Lucene finds the format again.</summary>
    public const string FormatName = "SearchDays";

    /// <summary>The extension of a segment's file of day columns.</summary>
    public const string Extension = "days";

    /// <summary>The codec name in the file's header.</summary>
    public const string Codec = "SearchDayColumns";

    /// <summary>The file layout's version.</summary>
    public const int Version = 0;

    /// <summary>What the reader and the writer say when asked for a column that is not numbers.</summary>
    internal static NotSupportedException NumbersOnly(FieldInfo field) => new($"field {field.Name}: the day column format holds numbers only");

    /// <inheritdoc />
    public override DocValuesConsumer FieldsConsumer(SegmentWriteState state) => new DayColumnWriter(state);

    /// <inheritdoc />
    public override DocValuesProducer FieldsProducer(SegmentReadState state) => new DayColumnReader(state);
}
