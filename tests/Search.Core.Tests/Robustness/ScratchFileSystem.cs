using System.Diagnostics;

namespace Search.Core.Tests.Robustness;

/// <summary>
/// A small tmpfs of its own, for a full disk and a read-only folder that even root cannot write. Mounting needs root,
/// as CI has; the constructor fails loudly where it cannot.
/// </summary>
internal sealed class ScratchFileSystem : IDisposable
{
    private readonly TempFolder _mountPoint = new();

    public ScratchFileSystem(string sizeKb) => Run("mount", "-t", "tmpfs", "-o", $"size={sizeKb}k", "tmpfs", Path);

    public string Path => _mountPoint.Path;

    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void Dispose()
    {
        Run("umount", Path);
        _mountPoint.Dispose();
    }

    private static void Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', args)} failed (this test needs root, as CI has): {error}");
        }
    }
}
