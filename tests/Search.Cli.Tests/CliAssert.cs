using System.Text.RegularExpressions;

namespace Search.Cli.Tests;

/// <summary>What every failing command must look like: messages on standard error, each line <c>search: ...</c>, no stack trace.</summary>
internal static partial class CliAssert
{
    public const string HelpPointer = "Try 'search --help'.";

    /// <summary>
    /// The run exited with <paramref name="code"/>, wrote nothing to standard output, and complained in <c>search: </c>
    /// lines only (a usage error adds the pointer to help).
    /// </summary>
    public static void FailedWith(int code, CliRun run)
    {
        Assert.True(run.ExitCode == code, $"expected exit {code}\n{run}");
        Assert.True(run.Out.Length == 0, $"expected nothing on stdout\n{run}");
        Assert.True(run.ErrorLines.Length > 0, $"expected a message on stderr\n{run}");
        NoStackTrace(run);
        Assert.All(run.ErrorLines, line => Assert.True(
            line.StartsWith("search: ", StringComparison.Ordinal) || line == HelpPointer, $"not a search: line: {line}"));
    }

    /// <summary>The run exited 0 and wrote nothing to standard error.</summary>
    public static void Succeeded(CliRun run)
    {
        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, $"expected exit 0 and a silent stderr\n{run}");
    }

    public static void NoStackTrace(CliRun run)
    {
        Assert.False(StackFrame().IsMatch(run.Error), $"stderr holds a stack trace\n{run}");
        Assert.DoesNotContain("--- End of stack trace", run.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s+at \S+.*\(.*\)", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
