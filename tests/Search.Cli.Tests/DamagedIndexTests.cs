namespace Search.Cli.Tests;

/// <summary>
/// An index whose files were damaged after it was built: commands say it is damaged and how to mend it, with exit 3
/// and no stack trace, and <c>index --rebuild</c> mends it as that message promises.
/// </summary>
public sealed class DamagedIndexTests : IDisposable
{
    private readonly TempCorpus _workspace = new();

    public DamagedIndexTests()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        _workspace.Write("queries.txt", "multipolar\n");
    }

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

    /// <summary>
    /// Every command that reads the index, as typed (split on spaces): the README promises the same answer from each,
    /// so a new command is one more line here. <c>queries.txt</c> is written by the constructor.
    /// </summary>
    public static readonly string[] CommandLines =
    [
        "stats",
        "stats --json",
        "index",
        "query multipolar",
        "show 003_7fdfd134df6d3be8",
        "export",
        "batch queries.txt",
    ];

    public static TheoryData<string, string> DamagesAndCommands
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var damage in Damages)
            {
                foreach (var commandLine in CommandLines)
                {
                    data.Add(damage, commandLine);
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
    public void Every_command_on_a_damaged_index_exits_3_says_it_is_damaged_and_says_to_rebuild(string damage, string commandLine)
    {
        IndexDamage.Apply(_workspace.Index, damage);

        var run = _workspace.Search(commandLine.Split(' '));

        // FailedWith also holds stdout empty: an export or batch that wrote half its lines before failing breaks it.
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
