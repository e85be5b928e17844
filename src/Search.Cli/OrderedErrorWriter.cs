using System.Text;

namespace Search.Cli;

/// <summary>
/// Standard error that first empties standard output's buffer, so that a note lands after the results printed
/// before it, as it would with both unbuffered (`search ... 2>&amp;1 | less` reads in order).
/// </summary>
internal sealed class OrderedErrorWriter(TextWriter error, TextWriter output) : TextWriter
{
    public override Encoding Encoding => error.Encoding;

    public override void Write(char value)
    {
        FlushOutput();
        error.Write(value);
    }

    public override void Write(string? value)
    {
        FlushOutput();
        error.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        FlushOutput();
        error.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        FlushOutput();
        error.Write(buffer);
    }

    public override void WriteLine(string? value)
    {
        FlushOutput();
        error.WriteLine(value);
    }

    public override void Flush() => error.Flush();

    private void FlushOutput()
    {
        try
        {
            output.Flush();
        }
        catch (IOException)
        {
            // Standard output's reader has gone (or its disk is full): the note on stderr is still worth writing,
            // and the failure shows again where the command writes its next result.
        }
    }
}
