namespace Search.Cli.Tests;

/// <summary>
/// An index whose files were damaged after it was built: commands say it is damaged and how to mend it, with exit 3
/// and no stack trace, and <c>index --rebuild</c> mends it as that message promises.
/// </summary>
public sealed class DamagedIndexTests : IDisposable
{
    private readonly TempCorpus _workspace = new();

    public DamagedIndexTests() => CliAssert.Succeeded(_workspace.Search("index"));

    public void Dispose() => _workspace.Dispose();

    public static TheoryData<string> Damages =>
    [
        IndexDamage.SegmentsFileTruncated,
        IndexDamage.SegmentsFileHeaderZeroed,
        IndexDamage.CompoundFileTruncated,
        IndexDamage.SegmentInfoTruncated,
        IndexDamage.CompoundEntriesDeleted,
        IndexDamage.SegmentsFilesDeleted,
    ];

    public static TheoryData<string, string> DamagesAndCommands
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var damage in Damages)
            {
                foreach (var command in new[] { "stats", "index", "query" })
                {
                    data.Add(damage, command);
                }
            }
            return data;
        }
    }

    [Fact]
    public void Stats_check_finds_bytes_garbled_inside_a_segment_file_and_rebuild_mends_it()
    {
        // Garbled bytes that nothing reads go unnoticed by queries; the checksums catch them.
        IndexDamage.Apply(_workspace.Index, IndexDamage.SegmentFileGarbled);

        var check = _workspace.Search("stats", "--check");

        CliAssert.FailedWith(3, check);
        Assert.Contains("damaged", check.Error, StringComparison.Ordinal);
        CliAssert.Succeeded(_workspace.Search("index", "--rebuild"));
        CliAssert.Succeeded(_workspace.Search("stats", "--check"));
    }

    [Theory]
    [MemberData(nameof(DamagesAndCommands))]
    public void A_command_on_a_damaged_index_exits_3_and_says_to_rebuild(string damage, string command)
    {
        IndexDamage.Apply(_workspace.Index, damage);

        var run = command == "query" ? _workspace.Search("query", "multipolar") : _workspace.Search(command);

        CliAssert.FailedWith(3, run);
        Assert.Contains("damaged", run.Error, StringComparison.Ordinal);
        Assert.Contains("search index --rebuild", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void Index_rebuild_mends_a_damaged_index(string damage)
    {
        IndexDamage.Apply(_workspace.Index, damage);

        var rebuild = _workspace.Search("index", "--rebuild");

        CliAssert.Succeeded(rebuild);
        Assert.StartsWith("indexed: 5 added, 0 updated, 0 removed, 0 unchanged; 5 articles, 11 comments;", rebuild.Out, StringComparison.Ordinal);
        var stats = _workspace.Search("stats");
        CliAssert.Succeeded(stats);
        Assert.Contains("articles:      5", stats.OutLines);
        CliAssert.Succeeded(_workspace.Search("show", "003_7fdfd134df6d3be8"));
    }
}
