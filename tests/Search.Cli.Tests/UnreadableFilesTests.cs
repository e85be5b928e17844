using System.Diagnostics;

namespace Search.Cli.Tests;

/// <summary>
/// Files and folders the user may not read are reported and the rest indexed. Root reads everything, so as root
/// (as in CI) the run is made as the unprivileged user <c>nobody</c>.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableFilesTests : IDisposable
{
    private readonly TempCorpus _workspace = new(copyDefaultCorpus: false);

    public void Dispose()
    {
        foreach (var path in new[] { "locked.jsonl", "locked-dir" })
        {
            var full = Path.Combine(_workspace.Corpus, path);
            if (File.Exists(full) || Directory.Exists(full))
            {
                File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        _workspace.Dispose();
    }

    [Fact]
    public void Unreadable_files_and_folders_are_reported_and_the_rest_indexed()
    {
        _workspace.Write("corpus/good.jsonl", "{\"id\": \"good\", \"body\": \"fine\"}\n");
        var locked = _workspace.Write("corpus/locked.jsonl", "{\"id\": \"locked\", \"body\": \"fine\"}\n");
        var inner = _workspace.Write("corpus/locked-dir/inner.jsonl", "{\"id\": \"inner\", \"body\": \"fine\"}\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        File.SetUnixFileMode(Path.GetDirectoryName(inner)!, UnixFileMode.None);

        var run = Environment.UserName == "root" ? RunAsNobody() : _workspace.Search("index");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("indexed: 1 added", run.Out, StringComparison.Ordinal);
        Assert.Contains("warning: locked.jsonl: could not be read", run.Error, StringComparison.Ordinal);
        Assert.Contains("warning: locked-dir/: folder could not be read, skipped", run.Error, StringComparison.Ordinal);
    }

    private CliRun RunAsNobody()
    {
        File.SetUnixFileMode(_workspace.Folder, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(_workspace.Corpus, (UnixFileMode)0b111_111_111);
        var home = Path.Combine(_workspace.Folder, "home");
        Directory.CreateDirectory(home);
        File.SetUnixFileMode(home, (UnixFileMode)0b111_111_111);
        // The test's own folder may sit where nobody cannot reach (a private temp clone): run a copy of the tool.
        var bin = Path.Combine(_workspace.Folder, "bin");
        Directory.CreateDirectory(bin);
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            File.Copy(file, Path.Combine(bin, Path.GetFileName(file)));
        }
        var start = new ProcessStartInfo("runuser") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-u", "nobody", "--", "env", $"HOME={home}", $"DOTNET_CLI_HOME={home}", "dotnet", Path.Combine(bin, Path.GetFileName(SearchProcess.DllPath)),
                     "index", "--corpus", _workspace.Corpus, "--index", _workspace.Index })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error);
    }
}
