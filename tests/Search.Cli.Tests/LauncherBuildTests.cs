namespace Search.Cli.Tests;

/// <summary>
/// The tool run by <c>./search</c> checks that its build is current before the command (the launcher leaves that
/// check to it): given a checkout whose sources are older than the build, the command runs; given one with a newer
/// source, it goes back through the launcher, which builds again.
/// </summary>
public sealed class LauncherBuildTests : IDisposable
{
    private static readonly DateTime Built = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder _checkout = new();

    public LauncherBuildTests()
    {
        _checkout.Write("src/Search.Cli/Program.cs", "// a source");
        _checkout.Write("artifacts/launcher/.sources", "src\nsrc/Search.Cli\nsrc/Search.Cli/Program.cs\nglobal.json\n");
        _checkout.Write("artifacts/launcher/.build-started", "");
        foreach (var path in new[] { "src", "src/Search.Cli", "src/Search.Cli/Program.cs" })
        {
            SetTime(path, Built.AddMinutes(-5));
        }
        SetTime("artifacts/launcher/.build-started", Built);
    }

    public void Dispose() => _checkout.Dispose();

    private void SetTime(string relative, DateTime time)
    {
        var path = _checkout[relative];
        if (Directory.Exists(path))
        {
            Directory.SetLastWriteTimeUtc(path, time);
        }
        else
        {
            File.SetLastWriteTimeUtc(path, time);
        }
    }

    [Fact]
    public void Sources_older_than_the_build_leave_it_current_even_when_a_listed_file_is_missing()
    {
        // global.json is listed but absent: not a reason to build again.
        Assert.False(LauncherBuild.IsStale(_checkout.Path));
    }

    [Theory]
    [InlineData("src/Search.Cli/Program.cs")] // edited
    [InlineData("src/Search.Cli")] // a file added, removed or renamed in it
    [InlineData("src")]
    public void A_source_newer_than_the_build_makes_it_stale(string changed)
    {
        SetTime(changed, Built.AddSeconds(1));
        Assert.True(LauncherBuild.IsStale(_checkout.Path));
    }

    [Fact]
    public void A_build_without_its_stamp_is_stale()
    {
        File.Delete(_checkout["artifacts/launcher/.build-started"]);
        Assert.True(LauncherBuild.IsStale(_checkout.Path));
    }

    [Fact]
    public void Run_outside_the_launcher_or_on_a_current_build_the_command_runs_here()
    {
        Assert.Null(LauncherBuild.RerunIfStale(null, ["query", "x"]));
        Assert.Null(LauncherBuild.RerunIfStale("", ["query", "x"]));
        Assert.Null(LauncherBuild.RerunIfStale(_checkout.Path, ["query", "x"]));
    }

    [Fact]
    public void On_a_stale_build_the_launcher_runs_the_command_again_asked_to_rebuild_and_its_exit_code_is_returned()
    {
        // A stand-in for ./search that records how it was asked.
        _checkout.Write("search",
            "printf '%s|%s|%s\\n' \"${SEARCH_LAUNCHER_REBUILD:-}\" \"${SEARCH_LAUNCHER:-unset}\" \"$*\" > \"${0%/*}/asked\"\nexit 7\n");
        SetTime("src/Search.Cli/Program.cs", Built.AddSeconds(1));

        var code = LauncherBuild.RerunIfStale(_checkout.Path, ["query", "multipolar world", "--limit", "3"]);

        Assert.Equal(7, code);
        Assert.Equal("1|unset|query multipolar world --limit 3\n", File.ReadAllText(_checkout["asked"]));
    }
}
