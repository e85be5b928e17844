namespace Search.Cli.Tests;

/// <summary>One in-process run of <c>search</c>: what <see cref="CliApp.Run"/> returned and what it wrote.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Out">Everything written to standard output.</param>
/// <param name="Error">Everything written to standard error.</param>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the command line as a person would type it in <paramref name="workingDirectory"/>; standard error is not a terminal.</summary>
    public static CliRun Invoke(string workingDirectory, params string[] args) =>
        InvokeOnTerminal(workingDirectory, outIsTerminal: false, noColor: false, args);

    /// <summary>Runs the command line with standard output a terminal or not, and NO_COLOR set or not.</summary>
    public static CliRun InvokeOnTerminal(string workingDirectory, bool outIsTerminal, bool noColor, params string[] args) =>
        Invoke(workingDirectory, outIsTerminal, noColor, stdin: "", args);

    /// <summary>Runs the command line with this text on standard input.</summary>
    public static CliRun InvokeWithInput(string workingDirectory, string stdin, params string[] args) =>
        Invoke(workingDirectory, outIsTerminal: false, noColor: false, stdin, args);

    private static CliRun Invoke(string workingDirectory, bool outIsTerminal, bool noColor, string stdin, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin);
        var console = new CliConsole(output, error, ErrorIsTerminal: false, workingDirectory, outIsTerminal, noColor, input);
        var code = CliApp.Run(args, console);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public string[] OutLines => Lines(Out);

    public string[] ErrorLines => Lines(Error);

    /// <summary>Everything the run wrote, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";

    private static string[] Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
