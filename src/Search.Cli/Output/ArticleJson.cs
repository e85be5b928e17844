using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Search.Core.Corpus;

namespace Search.Cli.Output;

/// <summary>Prints articles in the interchange format: one line each for JSON Lines, indented for a person.</summary>
internal static class ArticleJson
{
    // Readable text: quotes and non-Latin letters as themselves, not \u escapes.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static void WriteLine(TextWriter output, Article article) => output.WriteLine(Render(article, Compact));

    public static void WriteIndented(TextWriter output, Article article) => output.WriteLine(Render(article, Indented));

    private static string Render(Article article, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            JsonArticleWriter.Write(json, article);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
