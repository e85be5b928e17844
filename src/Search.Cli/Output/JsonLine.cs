using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Search.Cli.Output;

/// <summary>Writes one JSON value as a line of text, the same way for every command that prints JSON.</summary>
internal static class JsonLine
{
    // Readable text: quotes and non-Latin letters as themselves, not \u escapes.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Writes what <paramref name="write"/> produces, then a line end.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            write(json);
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
