using System.Diagnostics;

namespace Search.Cli;

/// <summary>
/// The check that the <c>./search</c> launcher's build is still current, made here rather than in the launcher:
/// comparing a few hundred file times costs bash 2.5 ms of every query and this process a fraction of one. The
/// launcher names its checkout in <c>SEARCH_LAUNCHER</c>; run any other way, the tool checks nothing.
/// </summary>
internal static class LauncherBuild
{
    public const string CheckoutVariable = "SEARCH_LAUNCHER";
    public const string RebuildVariable = "SEARCH_LAUNCHER_REBUILD";

    /// <summary>
    /// When a source of this build is newer than the build, runs the command through the launcher again (which
    /// rebuilds first) and returns its exit code; otherwise null, and the command runs here.
    /// </summary>
    /// <param name="checkout">The launcher's checkout, from <c>SEARCH_LAUNCHER</c>; null or empty: no check.</param>
    /// <param name="args">The command line, passed on as it came.</param>
    public static int? RerunIfStale(string? checkout, string[] args)
    {
        if (string.IsNullOrEmpty(checkout) || !IsStale(checkout))
        {
            return null;
        }
        // Through bash, as the tests run it: a checkout may have lost the launcher's execute bit.
        var launcher = new ProcessStartInfo("bash") { UseShellExecute = false };
        launcher.ArgumentList.Add(Path.Combine(checkout, "search"));
        foreach (var arg in args)
        {
            launcher.ArgumentList.Add(arg);
        }
        launcher.Environment[RebuildVariable] = "1";
        launcher.Environment.Remove(CheckoutVariable);
        using var process = Process.Start(launcher)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>
    /// Whether a file or folder the build listed (artifacts/launcher/.sources) is newer than the build's stamp: an
    /// edited file is newer, and an added, removed or renamed one makes its folder newer. The launcher's own
    /// rebuild decision is the same comparison made by <c>find -newer</c>.
    /// </summary>
    public static bool IsStale(string checkout)
    {
        var build = Path.Combine(checkout, "artifacts", "launcher");
        var stamp = new FileInfo(Path.Combine(build, ".build-started"));
        var listed = Path.Combine(build, ".sources");
        if (!stamp.Exists || !File.Exists(listed))
        {
            return true;
        }
        var built = stamp.LastWriteTimeUtc;
        foreach (var source in File.ReadLines(listed))
        {
            // A listed file since removed reads as 1601 here, never newer: its folder's time tells.
            if (source.Length > 0 && File.GetLastWriteTimeUtc(Path.Combine(checkout, source)) > built)
            {
                return true;
            }
        }
        return false;
    }
}
