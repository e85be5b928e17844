using Search.Core.Batch;

namespace Search.Cli.Output;

/// <summary>
/// One JSON object per query: <c>{"id", "query", "total", "hits": [...], "error"}</c> (with <c>--collapse</c> also
/// <c>"total_collapsed"</c>), the hits exactly as <c>search query --json</c> writes them.
/// </summary>
internal sealed class JsonlBatchPrinter(JsonResultsPrinter hits) : IBatchPrinter
{
    public void Begin(TextWriter output)
    {
    }

    public void Print(BatchResult result, TextWriter output) => JsonLine.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("id", result.Query.Id);
        json.WriteString("query", result.Query.Query);
        json.WriteNumber("total", result.Results?.Total ?? 0);
        if (result.Results?.TotalCollapsed is { } collapsed)
        {
            json.WriteNumber("total_collapsed", collapsed);
        }
        if (result.Results?.Comments is { } comments)
        {
            json.WriteNumber("comments", comments);
        }
        if (result.Results?.CommentsCollapsed is { } commentsCollapsed)
        {
            json.WriteNumber("comments_collapsed", commentsCollapsed);
        }
        hits.WriteHits(json, result.Results?.Hits ?? [], collapsed: result.Results?.TotalCollapsed is not null);
        json.WriteString("error", result.Error);
        json.WriteEndObject();
    });
}
