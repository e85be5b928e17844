using System.Text;
using Microsoft.Win32.SafeHandles;

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
    public static CliConsole FromSystemConsole()
    {
        var output = StandardOutput();
        return new(output, new OrderedErrorWriter(Console.Error, output), !Console.IsErrorRedirected, Environment.CurrentDirectory,
            !Console.IsOutputRedirected,
            !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) || Environment.GetEnvironmentVariable("TERM") == "dumb");
    }

    public TextReader Input => In ?? Console.In;

    // Console.Out drops writes to a pipe whose reader has gone: `search export | head -1` would then run to the end
    // for nobody. Written as a file, the write fails with EPIPE instead (see CliApp.IsClosedPipe) and the command
    // stops. Redirected output is block-buffered, as ripgrep's is, rather than written a line at a time; a terminal
    // still sees each line at once. Stderr empties the buffer before each note (OrderedErrorWriter), so the two keep
    // their order, and the command empties it at its end.
    private static TextWriter StandardOutput()
    {
        if (!Console.IsOutputRedirected)
        {
            return Console.Out;
        }
        Stream stream;
        try
        {
            var pipe = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (pipe.CanSeek)
            {
                // A file: FileStream would write at positions of its own, over what stderr writes to the same
                // file; the console stream writes where the descriptor stands.
                pipe.Dispose();
                stream = Console.OpenStandardOutput();
            }
            else
            {
                stream = pipe;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A closed or odd standard output: Console copes with it.
            return Console.Out;
        }
        // Synchronized: a progress line on another thread empties this buffer through stderr.
        return TextWriter.Synchronized(new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), OutputBufferSize));
    }

    private const int OutputBufferSize = 64 * 1024;

    // The one writer of the tool's own notes and errors on stderr: each line starts "search: ", as ripgrep's start "rg: ".
    public void Note(string message)
    {
        foreach (var line in message.Split('\n'))
        {
            Error.WriteLine($"search: {line}");
        }
    }

    /// <summary>A path as a person would type it from the working directory.</summary>
    public string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(WorkingDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
