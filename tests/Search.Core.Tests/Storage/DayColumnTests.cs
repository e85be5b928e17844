using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Tests.Storage;

/// <summary>
/// The day fields are kept as <see cref="DayColumn"/>s: given three segments whose days span a month, eight years and
/// the whole calendar (a byte, two and four bytes a document), articles and comments, documents without a day and
/// deleted ones, every document reads back its own day, a filled column holds each live document's day plus one and
/// counts them per day, a merge keeps every day, and a changed byte is found by the checksum.
/// </summary>
public sealed class DayColumnTests : IDisposable
{
    private const int PerSegment = 300;
    private static readonly (int First, int Span)[] Segments =
        [(new DateOnly(2020, 1, 1).DayNumber, 40), (new DateOnly(2010, 1, 1).DayNumber, 3_000), (DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1)];

    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, (string Field, int? Day)> _written = [];
    private readonly HashSet<string> _deleted = [];

    public DayColumnTests()
    {
        var random = new Random(11);
        using var directory = IndexDirectory.Open(_folder.Path);
        using var writer = new IndexWriter(directory, Config(NoMergePolicy.NO_COMPOUND_FILES));
        foreach (var (first, span) in Segments)
        {
            for (var i = 0; i < PerSegment; i++)
            {
                var id = $"{first}-{i}";
                // Comments and articles in turn; every seventh without a day; the span's two ends always present.
                var field = i % 2 == 0 ? FieldNames.Day : FieldNames.CommentDay;
                int? day = i % 7 == 3 ? null : i == 0 ? first : i == 1 ? first + span - 1 : first + random.Next(span);
                var doc = new Document { new StringField("id", id, Field.Store.YES) };
                if (day is { } d)
                {
                    doc.Add(new NumericDocValuesField(field, d));
                }
                writer.AddDocument(doc);
                _written[id] = (field, day);
                if (i % 11 == 5)
                {
                    _deleted.Add(id);
                }
            }
            writer.Commit();
        }
        foreach (var id in _deleted)
        {
            writer.DeleteDocuments(new Term("id", id));
        }
        writer.Commit();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_segment_takes_as_few_bytes_a_document_as_its_span_of_days_needs()
    {
        var files = Directory.GetFiles(_folder.Path, "*." + DayColumnFormat.Extension).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(3, files.Count);
        // Two fields of a value per document each, and under 100 bytes of header, entries and footer.
        foreach (var (file, width) in files.Zip([1, 2, 4]))
        {
            var overhead = new FileInfo(file).Length - (2L * PerSegment * width);
            Assert.InRange(overhead, 0, 100);
        }
    }

    [Fact]
    public void Every_document_reads_back_its_own_day_and_whether_it_has_one() => Read(reader =>
    {
        Assert.Equal(3, reader.Leaves.Count);
        foreach (var segment in reader.Leaves.Select(l => l.AtomicReader))
        {
            foreach (var field in (string[])[FieldNames.Day, FieldNames.CommentDay])
            {
                var column = DayColumn.Of(segment, field)!;
                var present = segment.GetDocsWithField(field);
                for (var doc = 0; doc < segment.MaxDoc; doc++)
                {
                    var (written, day) = _written[segment.Document(doc).Get("id")];
                    var expected = written == field ? day : null;
                    Assert.Equal(expected ?? 0, column.Get(doc));
                    Assert.Equal(expected is not null, column.Has(doc));
                    Assert.Equal(expected is not null, present.Get(doc));
                }
            }
        }
    });

    [Fact]
    public void A_filled_column_holds_each_live_document_s_day_plus_one_and_counts_them_per_day() => Read(reader =>
    {
        foreach (var segment in reader.Leaves.Select(l => l.AtomicReader))
        {
            Assert.NotNull(segment.LiveDocs);
            var column = Enumerable.Repeat(-7, segment.MaxDoc).ToArray();
            var counted = new Dictionary<int, long>();
            foreach (var field in (string[])[FieldNames.Day, FieldNames.CommentDay])
            {
                var days = DayColumn.Of(segment, field)!;
                var perDay = new long[days.Max - days.Min + 1];
                days.Fill(column, segment.LiveDocs, perDay);
                for (var i = 0; i < perDay.Length; i++)
                {
                    if (perDay[i] > 0)
                    {
                        counted[days.Min + i] = counted.GetValueOrDefault(days.Min + i) + perDay[i];
                    }
                }
            }
            var expected = new Dictionary<int, long>();
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                var id = segment.Document(doc).Get("id");
                var live = !_deleted.Contains(id);
                var day = live ? _written[id].Day : null;
                Assert.Equal(day is { } d ? d + 1 : -7, column[doc]);
                if (day is { } counts)
                {
                    expected[counts] = expected.GetValueOrDefault(counts) + 1;
                }
            }
            Assert.Equal(expected.OrderBy(e => e.Key), counted.OrderBy(e => e.Key));
        }
    });

    [Fact]
    public void A_merge_keeps_every_live_document_s_day()
    {
        using (var directory = IndexDirectory.OpenExisting(_folder.Path))
        using (var writer = new IndexWriter(directory, Config(new TieredMergePolicy())))
        {
            writer.ForceMerge(1);
            writer.Commit();
        }

        Read(reader =>
        {
            var segment = Assert.Single(reader.Leaves).AtomicReader;
            Assert.Equal(_written.Count - _deleted.Count, segment.MaxDoc);
            foreach (var field in (string[])[FieldNames.Day, FieldNames.CommentDay])
            {
                var column = DayColumn.Of(segment, field)!;
                for (var doc = 0; doc < segment.MaxDoc; doc++)
                {
                    var (written, day) = _written[segment.Document(doc).Get("id")];
                    Assert.Equal(written == field ? day ?? 0 : 0, column.Get(doc));
                }
            }
        });
    }

    [Fact]
    public void A_changed_byte_among_the_days_is_found_by_the_checksum()
    {
        var file = Directory.GetFiles(_folder.Path, "*." + DayColumnFormat.Extension).Order(StringComparer.Ordinal).Last();
        var bytes = File.ReadAllBytes(file);
        // A quarter in: inside the first field's values, past its entry.
        bytes[bytes.Length / 4] ^= 0x10;
        File.WriteAllBytes(file, bytes);

        Read(reader =>
        {
            var check = Assert.ThrowsAny<IOException>(reader.Leaves.Single(l => l.Ord == 2).AtomicReader.CheckIntegrity);
            Assert.Contains("checksum failed", check.Message, StringComparison.Ordinal);
            Assert.True(IndexDamage.IsDamage(check));
        });
    }

    [Fact]
    public void A_cut_day_file_does_not_open()
    {
        var file = Directory.GetFiles(_folder.Path, "*." + DayColumnFormat.Extension).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..^40]);

        var opening = Record.Exception(() => Read(_ => { }));

        Assert.True(opening is not null && IndexDamage.IsDamage(opening), $"not damage: {opening}");
    }

    private void Read(Action<DirectoryReader> read)
    {
        using var directory = IndexDirectory.OpenExisting(_folder.Path);
        using var reader = DirectoryReader.Open(directory);
        read(reader);
    }

    private static IndexWriterConfig Config(MergePolicy merges) => new(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
    {
        UseCompoundFile = false,
        MergePolicy = merges,
        Codec = MappedCodecFactory.Writing,
    };
}
