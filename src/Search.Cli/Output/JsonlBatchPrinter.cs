using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Search.Core.Batch;

namespace Search.Cli.Output;

/// <summary>
/// One JSON object per query: <c>{"id", "query", "total", "hits": [...], "error"}</c>, the hits exactly as
/// <c>search query --json</c> writes them.
/// </summary>
internal sealed class JsonlBatchPrinter(JsonResultsPrinter hits) : IBatchPrinter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public void Begin(TextWriter output)
    {
    }

    public void Print(BatchResult result, TextWriter output)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", result.Query.Id);
            json.WriteString("query", result.Query.Query);
            json.WriteNumber("total", result.Results?.Total ?? 0);
            hits.WriteHits(json, result.Results?.Hits ?? []);
            json.WriteString("error", result.Error);
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }
}
