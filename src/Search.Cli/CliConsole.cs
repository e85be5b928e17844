namespace Search.Cli;

/// <summary>Where a command writes, and whether a person is watching: tests pass string writers here.</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: warnings, errors, progress.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress bars only then).</param>
/// <param name="WorkingDirectory">The folder relative paths are shown from.</param>
/// <param name="OutIsTerminal">Whether standard output is a terminal (colors only then, unless asked for).</param>
/// <param name="NoColor">Whether the NO_COLOR convention asks for no colors.</param>
/// <param name="In">Standard input (batch queries); null for the process's own.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, string WorkingDirectory,
    bool OutIsTerminal = false, bool NoColor = false, TextReader? In = null)
{
    public static CliConsole FromSystemConsole() =>
        new(Console.Out, Console.Error, !Console.IsErrorRedirected, Environment.CurrentDirectory,
            !Console.IsOutputRedirected,
            !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) || Environment.GetEnvironmentVariable("TERM") == "dumb");

    public TextReader Input => In ?? Console.In;

    /// <summary>A path as a person would type it from the working directory.</summary>
    public string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(WorkingDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
