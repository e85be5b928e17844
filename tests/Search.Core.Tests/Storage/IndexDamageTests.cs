using Search.Core.Errors;
using Search.Core.Indexing;
using Search.Core.Storage;

namespace Search.Core.Tests.Storage;

/// <summary>
/// Given the default corpus's index with 64 bytes garbled at any place of a segment file, opening and checking it
/// says the index is damaged: never another error, whatever Lucene's reader happened to throw at those bytes.
/// </summary>
public sealed class IndexDamageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_intact_index_passes_every_checksum()
    {
        var index = Build();
        using var directory = IndexDirectory.OpenExisting(index);
        Assert.Null(IndexDamage.ChecksumFailure(directory));
    }

    [Fact]
    public void Bytes_garbled_anywhere_in_a_segment_file_are_damage_to_open_or_check()
    {
        var index = Build();
        var file = Directory.GetFiles(index, "*.cfs").Order(StringComparer.Ordinal).First();
        var garble = Enumerable.Range(0, 64).Select(i => (byte)(i * 37)).ToArray();
        var length = new FileInfo(file).Length;
        var other = new List<string>();
        for (var position = 0L; position + garble.Length <= length; position += garble.Length)
        {
            var original = Overwrite(file, position, garble);
            try
            {
                using var articles = ArticleIndex.Open(index);
                articles.CheckIntegrity();
                other.Add($"{position}: not found");
            }
            catch (SearchException e) when (e.Kind == SearchErrorKind.IndexDamaged)
            {
            }
            catch (Exception e)
            {
                other.Add($"{position}: {e.GetType().Name}: {e.Message}");
            }
            finally
            {
                Overwrite(file, position, original);
            }
        }
        Assert.Empty(other);
    }

    private string Build()
    {
        CorpusIndexer.Run(new IndexRequest(RepositoryPaths.DefaultCorpus, _folder["index"], Rebuild: true));
        return _folder["index"];
    }

    // Writes bytes at a position; returns the bytes they replaced.
    private static byte[] Overwrite(string file, long position, byte[] bytes)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        var before = new byte[bytes.Length];
        stream.Position = position;
        stream.ReadExactly(before);
        stream.Position = position;
        stream.Write(bytes);
        return before;
    }
}
