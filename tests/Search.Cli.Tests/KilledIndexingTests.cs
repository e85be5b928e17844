using System.Diagnostics;
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
    // A share of the measured duration, not a fixed time, so the kill lands mid-run on a slow or a fast machine alike;
    // 0.4 rather than 0.5 leaves room for the reference run having been measured on a busier machine.
    public const string PartWay = "40% into an uninterrupted run's duration, while it analyses articles";
    public const string WhileWritingSegments = "while it writes the new segment files";

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
        output.WriteLine($"an uninterrupted run takes {big.ReferenceDuration.TotalSeconds:0.00} s");
        big.AddTo(_workspace.Corpus);

        // When an index run is killed at this moment.
        var clock = Stopwatch.StartNew();
        using (var child = _workspace.StartSearch("index", "--quiet"))
        {
            Func<bool> reached = moment switch
            {
                WhenTheWriterOpens => () => File.Exists(writeLock),
                PartWay => () => clock.Elapsed >= big.ReferenceDuration * 0.4,
                WhileWritingSegments => () => NewFiles(committed).Any(f => !BeforeFlush.Any(b => f.EndsWith(b, StringComparison.Ordinal))),
                _ => throw new ArgumentException("unknown moment " + moment, nameof(moment)),
            };
            Assert.True(child.WaitUntil(reached, Timeout),
                $"the run ended before it could be killed {moment}:\n{(child.HasExited ? child.WaitForExit(Timeout) : "timed out")}");
            child.Kill();
        }
        output.WriteLine($"killed after {clock.Elapsed.TotalSeconds:0.00} s; new files left: {string.Join(' ', NewFiles(committed))}");

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

    private IEnumerable<string> NewFiles(HashSet<string?> committed) =>
        Directory.GetFiles(_workspace.Index).Select(f => Path.GetFileName(f)).Where(f => !committed.Contains(f)).Order(StringComparer.Ordinal);
}
