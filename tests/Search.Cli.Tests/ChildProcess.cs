using System.Diagnostics;

namespace Search.Cli.Tests;

/// <summary>A child process run to its end: its input given, its output and error collected, a time limit kept.</summary>
internal static class ChildProcess
{
    /// <summary>Starts the process with all three standard streams redirected and waits for it.</summary>
    /// <param name="info">What to start; its redirections are set here.</param>
    /// <param name="stdin">Written to standard input, which is then closed.</param>
    /// <param name="timeout">How long it may take before it is killed and a <see cref="TimeoutException"/> thrown.</param>
    /// <param name="what">The command as a person would read it, for that exception.</param>
    public static CliRun Run(ProcessStartInfo info, string stdin, TimeSpan timeout, string what)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        info.UseShellExecute = false;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + what);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish within {timeout}");
        }
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
