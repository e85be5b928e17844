using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>
/// Runs a program (python3, java, a build script) to its end within a time limit and returns what it printed. A
/// program that fails or overruns fails the test with its command line, exit code and output: the reference's own
/// messages are what tell someone why it did not build or run, so they must reach the failure report.
/// </summary>
internal static class ChildProcess
{
    // How much of each stream a failure message quotes: the end, where the error is.
    private const int QuotedChars = 6000;

    /// <summary>Runs <paramref name="program"/> and returns its standard output; fails the test unless it exits 0 in time.</summary>
    /// <param name="what">What the run is for, to start the failure message.</param>
    /// <param name="program">The program, found on PATH when not a path.</param>
    /// <param name="arguments">Its arguments, each passed as it is (no shell).</param>
    /// <param name="timeLimit">How long it may run before it is killed, with the whole tree it started.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    public static string Run(string what, string program, IReadOnlyList<string> arguments, TimeSpan timeLimit, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var commandLine = string.Join(' ', arguments.Prepend(program).Select(Quoted));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + commandLine);
        // Nothing is fed in: a tool that asks a question (apt-get) gets end of input rather than waiting forever.
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var finished = process.WaitForExit(timeLimit);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var output = stdout.GetAwaiter().GetResult();
        var errors = stderr.GetAwaiter().GetResult();
        if (!finished || process.ExitCode != 0)
        {
            var outcome = finished
                ? $"exited with {process.ExitCode}"
                : string.Create(CultureInfo.InvariantCulture, $"was still running after {timeLimit.TotalSeconds:0} s and was killed");
            Assert.Fail($"{what}: {commandLine} {outcome}\n--- stderr:\n{Tail(errors)}\n--- stdout:\n{Tail(output)}");
        }
        return output;
    }

    private static string Tail(string text) =>
        text.Length <= QuotedChars ? text : "[...]" + text[^QuotedChars..];

    private static string Quoted(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or ':' or '=')
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
