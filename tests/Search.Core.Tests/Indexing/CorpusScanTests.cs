using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// The scan a query makes of its corpus before searching: every page file in nested folders, in the ordinal order
/// of their paths (the order the corpus stamp hashes them in, so an index stays current across versions).
/// </summary>
public sealed class CorpusScanTests
{
    [Fact]
    public void Files_of_nested_folders_come_in_the_ordinal_order_of_their_paths()
    {
        using var dir = new TempFolder();
        string[] pages = ["a.txt", "a-b.txt", "a/x.txt", "a/b/y.json", "a0.txt", "B.txt", "b/c/d/e.jsonl", "é.txt", "z.txt"];
        foreach (var page in pages)
        {
            dir.Write("corpus/" + page, "A title\n\nA body.\n");
        }
        dir.Write("corpus/notes.md", "not a page");
        dir.Write("corpus/.hidden/h.txt", "hidden");
        dir.Write("corpus/.h.txt", "hidden");

        var files = CorpusScanner.Scan(dir["corpus"], []);

        Assert.Equal(pages.Order(StringComparer.Ordinal), files.Select(f => f.RelativePath));
        Assert.All(files, f => Assert.Equal(Path.Join(dir["corpus"], f.RelativePath), f.FullPath));
        Assert.All(files, f => Assert.Equal(new FileInfo(f.FullPath).LastWriteTimeUtc.Ticks, f.ModifiedTicks));
        Assert.All(files, f => Assert.Equal(new FileInfo(f.FullPath).Length, f.Size));
    }

    [Fact]
    public void The_stamp_hashes_a_line_of_path_size_and_time_per_file()
    {
        CorpusFile[] files = [new("a/é.txt", "/x/a/é.txt", 1234, 638_000_000_000_000_000), new("b.json", "/x/b.json", 0, 1)];
        var lines = string.Concat(files.Select(f =>
            string.Create(CultureInfo.InvariantCulture, $"{f.RelativePath}\t{f.Size}\t{f.ModifiedTicks}\n")));

        var expected = Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(lines)));

        Assert.Equal(expected, CorpusStamp.Of(files));
        Assert.NotEqual(expected, CorpusStamp.Of([files[0] with { Size = 1235 }, files[1]]));
    }
}
