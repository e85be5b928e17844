using Lucene.Net.Analysis.Core;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene42;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Storage;

namespace Search.Core.Tests.Storage;

/// <summary>
/// Norms are read into <see cref="CompactNorms"/>: given an index where most documents lack a field (as comment
/// documents lack the article fields), every document's norm of every field is the one Lucene's own reader gives,
/// in every segment, whether Lucene kept the field's norms a byte per document (read from the file) or in a table
/// (read through Lucene); and values that are not one byte are kept as Lucene reads them.
/// </summary>
public sealed class CompactNormsTests : IDisposable
{
    private static readonly string[] Fields = ["body", "comment_text", "title"];
    private readonly TempFolder _folder = new();
    private readonly int _emptyBody;

    public CompactNormsTests()
    {
        var random = new Random(5);
        string Text(int words) => random.Words(words, 500);
        using var directory = IndexDirectory.Open(_folder.Path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = new BM25Similarity(),
            UseCompoundFile = false,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using var writer = new IndexWriter(directory, config);
        // Two segments of sizes that are not multiples of 64: up to five comments to an article, some articles without a
        // title, one very long body; in the first an empty body, whose norm (255: a field without words still has one)
        // makes Lucene keep that field's norms in a table instead of a byte per document.
        foreach (var articles in new[] { 211, 37 })
        {
            for (var a = 0; a < articles; a++)
            {
                for (var c = random.Next(6); c > 0; c--)
                {
                    writer.AddDocument([new TextField("comment_text", Text(random.Next(1, 80)), Field.Store.NO)]);
                }
                var article = new Document { new TextField("body", a == 5 && articles == 211 ? "" : Text(a == 7 ? 20_000 : random.Next(1, 900)), Field.Store.NO) };
                if (a % 4 != 0)
                {
                    article.Add(new TextField("title", Text(random.Next(1, 12)), Field.Store.NO));
                }
                if (a == 5 && articles == 211)
                {
                    _emptyBody = writer.MaxDoc;
                }
                writer.AddDocument(article);
            }
            writer.Commit();
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_norm_of_every_field_is_the_one_Lucene_reads()
    {
        using var directory = IndexDirectory.OpenExisting(_folder.Path);
        using var reader = DirectoryReader.Open(directory);
        var infos = new SegmentInfos();
        infos.Read(directory);

        Assert.Equal(2, reader.Leaves.Count);
        foreach (var (leaf, info) in reader.Leaves.Zip(infos.Segments))
        {
            var fieldInfos = Codec.ForName("Lucene46").FieldInfosFormat.FieldInfosReader.Read(directory, info.Info.Name, "", IOContext.READ_ONCE);
            var state = new SegmentReadState(directory, info.Info, fieldInfos, IOContext.READ, 1);
            using var lucene = new Lucene42NormsFormat().NormsProducer(state);
            var layout = Lucene42NormsLayout.Read(state);
            Assert.Equal(leaf.Ord == 1, layout.TryUncompressed(fieldInfos.FieldInfo("body").Number, out _));
            Assert.True(layout.TryUncompressed(fieldInfos.FieldInfo("title").Number, out _));
            foreach (var field in Fields)
            {
                var ours = leaf.AtomicReader.GetNormValues(field);
                var theirs = lucene.GetNumeric(fieldInfos.FieldInfo(field));
                Assert.IsType<CompactNorms>(ours);
                var differing = Enumerable.Range(0, leaf.AtomicReader.MaxDoc).Where(d => ours.Get(d) != theirs.Get(d)).ToList();
                Assert.Empty(differing);
            }
        }
        // The empty body's norm is the highest byte: Lucene.Net writes norms unsigned.
        Assert.Equal(255, reader.Leaves[0].AtomicReader.GetNormValues("body").Get(_emptyBody));
    }

    [Fact]
    public void Signed_and_unsigned_bytes_read_back_as_written_and_wider_norms_are_kept_as_read()
    {
        var signed = new ArrayNorms([.. Enumerable.Range(0, 130).Select(d => d % 3 == 0 ? 0L : (d % 256) - 128)]);
        var unsigned = new ArrayNorms([.. Enumerable.Range(0, 300).Select(d => d % 5 == 0 ? 0L : d % 256)]);
        var both = new ArrayNorms([0, 3, 0, 200, -1]);
        var wide = new ArrayNorms([0, 3, 0, 300]);

        foreach (var (norms, maxDoc) in new[] { (signed, 130), (unsigned, 300) })
        {
            var compact = CompactNorms.Of(norms, maxDoc);
            Assert.IsType<CompactNorms>(compact);
            Assert.All(Enumerable.Range(0, maxDoc), d => Assert.Equal(norms.Get(d), compact.Get(d)));
        }
        Assert.Same(both, CompactNorms.Of(both, 5));
        Assert.Same(wide, CompactNorms.Of(wide, 4));
        Assert.IsType<CompactNorms>(CompactNorms.Of(new ArrayNorms([]), 0));
    }

    private sealed class ArrayNorms(long[] values) : NumericDocValues
    {
        public override long Get(int docID) => values[docID];
    }
}
