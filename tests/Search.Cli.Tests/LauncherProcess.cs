using System.Diagnostics;

namespace Search.Cli.Tests;

/// <summary>
/// The <c>./search</c> launcher at the top of the checkout, run as a user runs it: the first run builds the tool
/// (Native AOT where the machine can), every run after that starts the build it made.
/// </summary>
internal static class LauncherProcess
{
    private static readonly Lazy<CliRun> FirstBuild = new(() => Run(RepositoryPaths.Root, TimeSpan.FromMinutes(15), "--version"));

    public static string Script => Path.Combine(RepositoryPaths.Root, "search");

    /// <summary>What the launcher built: "native" or "dll".</summary>
    public static string BuildKind => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "artifacts", "launcher", ".kind")).Trim();

    /// <summary>Builds the tool once per test run (or finds it built) and says how that went.</summary>
    public static CliRun EnsureBuilt() => FirstBuild.Value;

    /// <summary>Runs <c>./search ARGS</c> in a folder and waits for it.</summary>
    public static CliRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, TimeSpan.FromMinutes(2), args);

    private static CliRun Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory };
        info.ArgumentList.Add(Script);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        // Output must not depend on the terminal or locale of whoever runs the tests.
        info.Environment.Remove("NO_COLOR");
        return ChildProcess.Run(info, "", timeout, $"./search {string.Join(' ', args)}");
    }
}
