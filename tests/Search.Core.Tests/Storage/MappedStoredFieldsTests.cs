using Lucene.Net.Analysis.Core;
using Lucene.Net.Codecs;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Storage;

namespace Search.Core.Tests.Storage;

/// <summary>
/// Stored fields of an index in the index directory are decompressed from the memory maps by the product's own
/// decoder: given documents small and large (past the 32 KB at which Lucene compresses a chunk in pieces), each
/// reads back as written, through the mapping and through a plain Lucene directory, and the files are Lucene's 4.6
/// codec's, readable without the product.
/// </summary>
public sealed class MappedStoredFieldsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<string> _texts;

    public MappedStoredFieldsTests()
    {
        var random = new Random(11);
        string Text(int words) => random.Words(words, 5_000);
        _texts = [.. Enumerable.Range(0, 300).Select(i => Text(i % 50 == 0 ? 12_000 : random.Next(1, 600))), "", "ünïcödé “quotes” мир"];
        using var directory = IndexDirectory.Open(_folder.Path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        for (var i = 0; i < _texts.Count; i++)
        {
            writer.AddDocument([new StoredField("n", i), new StoredField("text", _texts[i])]);
        }
        writer.Commit();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_document_reads_back_as_written_from_the_mapping()
    {
        using var directory = IndexDirectory.OpenExisting(_folder.Path);
        using var reader = DirectoryReader.Open(directory);

        AssertReadsBack(reader);
        Assert.IsType<MappedLucene46Codec>(Codec.ForName("Lucene46"));
    }

    [Fact]
    public void The_files_are_Lucene_46_and_read_back_through_a_plain_directory_too()
    {
        using var directory = new SimpleFSDirectory(new DirectoryInfo(_folder.Path));
        using var reader = DirectoryReader.Open(directory);

        AssertReadsBack(reader);
        Assert.All(SegmentInfos(directory), s => Assert.Equal("Lucene46", s.Info.Codec.Name));
    }

    private void AssertReadsBack(DirectoryReader reader)
    {
        Assert.Equal(_texts.Count, reader.NumDocs);
        // Backwards and out of order, so each read seeks into the middle of a chunk.
        foreach (var doc in Enumerable.Range(0, reader.MaxDoc).Reverse().Where(d => d % 3 != 1).Concat(Enumerable.Range(0, reader.MaxDoc).Where(d => d % 3 == 1)))
        {
            var stored = reader.Document(doc);
            var n = stored.GetField("n").GetInt32Value()!.Value;
            Assert.Equal(_texts[n], stored.Get("text") ?? "");
        }
    }

    private static SegmentInfos SegmentInfos(Lucene.Net.Store.Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos;
    }
}
