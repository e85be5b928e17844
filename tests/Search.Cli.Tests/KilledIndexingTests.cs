using System.Text.Json;
using Xunit.Abstractions;

namespace Search.Cli.Tests;

/// <summary>
/// An <c>index</c> run killed outright (SIGKILL: no cleanup, no rollback) at different moments: the index still holds
/// the previous commit, readable as it was, and the next <c>index</c> run brings it to exactly what an uninterrupted
/// run would have built.
/// </summary>
[Collection(BigCorpusGroup.Name)]
[Trait("Category", "Slow")]
public sealed class KilledIndexingTests(BigCorpus big, ITestOutputHelper output) : IDisposable
{
    public const string WhenTheWriterOpens = "as soon as it has opened the index for writing";
    // Moments are what the run shows in the index folder, never a share of a time measured on a loaded machine: the
    // kill lands in the same phase however fast the run goes.
    public const string PartWay = "part-way through adding articles, once a megabyte of their stored fields is written";
    public const string WhileWritingSegments = "while it writes the new segment files";

    // Stored fields of the big file's 20,000 articles come to several megabytes, so one is well into the run and well
    // before the flush.
    private const long PartWayStoredBytes = 1 << 20;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    // Files an indexing run creates as it goes, before any segment is flushed: the lock and the stored fields.
    private static readonly string[] BeforeFlush = ["write.lock", ".fdt", ".fdx"];

    private readonly TempCorpus _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData(WhenTheWriterOpens)]
    [InlineData(PartWay)]
    [InlineData(WhileWritingSegments)]
    public void A_killed_index_run_leaves_the_previous_commit_and_the_next_run_completes_the_index(string moment)
    {
        // Given an index of the five pages (the previous commit), and a big file added to the corpus since.
        CliAssert.Succeeded(_workspace.Search("index"));
        var committed = Directory.GetFiles(_workspace.Index).Select(Path.GetFileName).ToHashSet();
        var writeLock = Path.Combine(_workspace.Index, "write.lock");
        Assert.False(File.Exists(writeLock), "a finished run should leave no write.lock, or the kill moment means nothing");
        var reference = big.ReferenceExport;
        big.AddTo(_workspace.Corpus);

        // When an index run is killed at this moment.
        using (var child = _workspace.StartSearch("index", "--quiet"))
        {
            Func<bool> reached = moment switch
            {
                WhenTheWriterOpens => () => File.Exists(writeLock),
                PartWay => () => StoredBytes(committed) >= PartWayStoredBytes,
                WhileWritingSegments => () => SegmentFiles(committed).Any(),
                _ => throw new ArgumentException("unknown moment " + moment, nameof(moment)),
            };
            Assert.True(child.WaitUntil(reached, Timeout),
                $"the run ended before it could be killed {moment}:\n{(child.HasExited ? child.WaitForExit(Timeout) : "timed out")}");
            child.Kill();
        }
        var left = NewFiles(committed).ToList();
        output.WriteLine($"killed {moment}; new files left: {string.Join(' ', left)}; stored fields {StoredBytes(committed):N0} bytes");

        // It was killed in the phase it was meant to be: never after a new commit, and part-way with no segment yet
        // flushed (else the three cases could all be testing the same moment).
        Assert.DoesNotContain(left, f => f.StartsWith("segments_", StringComparison.Ordinal));
        if (moment == PartWay)
        {
            Assert.Empty(SegmentFiles(committed));
        }
        if (moment == WhileWritingSegments)
        {
            Assert.NotEmpty(SegmentFiles(committed));
        }

        // Then the index still holds the previous commit, readable.
        var stats = _workspace.Search("stats", "--json");
        CliAssert.Succeeded(stats);
        using (var json = JsonDocument.Parse(stats.Out))
        {
            var counts = json.RootElement;
            Assert.Equal((5, 11, 5), (counts.GetProperty("articles").GetInt64(), counts.GetProperty("comments").GetInt64(), counts.GetProperty("files").GetInt64()));
        }
        CliAssert.Succeeded(_workspace.Search("show", "003_7fdfd134df6d3be8"));

        // And the next run indexes the big file and ends with what an uninterrupted run builds.
        var rerun = _workspace.Search("index");
        CliAssert.Succeeded(rerun);
        Assert.StartsWith($"indexed: 1 added, 0 updated, 0 removed, 5 unchanged; {BigCorpus.Articles} articles,", rerun.Out, StringComparison.Ordinal);
        var export = _workspace.Search("export");
        CliAssert.Succeeded(export);
        LinesAssert.Equal(reference, export.Out);
    }

    // Files of a flushed segment (not the lock or the stored fields that grow as articles are added).
    private IEnumerable<string> SegmentFiles(HashSet<string?> committed) =>
        NewFiles(committed).Where(f => !BeforeFlush.Any(b => f.EndsWith(b, StringComparison.Ordinal)));

    // How much of the new articles' stored fields the run has written so far: its visible progress before a flush.
    private long StoredBytes(HashSet<string?> committed) =>
        NewFiles(committed).Where(f => f.EndsWith(".fdt", StringComparison.Ordinal)).Sum(f => Length(Path.Combine(_workspace.Index, f)));

    // A file the run deletes between listing and measuring counts as empty.
    private static long Length(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }

    private IEnumerable<string> NewFiles(HashSet<string?> committed) =>
        Directory.GetFiles(_workspace.Index).Select(f => Path.GetFileName(f)).Where(f => !committed.Contains(f)).Order(StringComparer.Ordinal);
}
