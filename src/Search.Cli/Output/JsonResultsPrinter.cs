using System.Text.Json;
using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Cli.Output;

/// <summary>
/// Results as one JSON object: <c>{"query", "total", "hits": [{"rank", "id", "score", "title", "source", "published",
/// "path", "matches": [{"in", "comment_id", "author", "snippet"}]}]}</c>, snippets with <c>&lt;mark&gt;</c> around highlights;
/// with <c>--collapse</c> also <c>"total_collapsed"</c> (and <c>"comments_collapsed"</c>) and each hit's <c>"copies"</c>.
/// </summary>
internal sealed class JsonResultsPrinter(PathDisplay paths) : IResultsPrinter
{
    public void Print(SearchResults results, TextWriter output) => JsonLine.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("query", results.Query);
        json.WriteNumber("total", results.Total);
        if (results.TotalCollapsed is { } collapsed)
        {
            json.WriteNumber("total_collapsed", collapsed);
        }
        if (results.Comments is { } comments)
        {
            json.WriteNumber("comments", comments);
        }
        if (results.CommentsCollapsed is { } commentsCollapsed)
        {
            json.WriteNumber("comments_collapsed", commentsCollapsed);
        }
        WriteHits(json, results.Hits, collapsed: results.TotalCollapsed is not null);
        json.WriteEndObject();
    });

    /// <summary>Writes the <c>"hits"</c> array: the same objects for <c>search query --json</c> and <c>search batch</c>.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="hits">The hits.</param>
    /// <param name="collapsed">Whether copies were counted once: each hit then says how many it stands for (<c>"copies"</c>).</param>
    public void WriteHits(Utf8JsonWriter json, IReadOnlyList<SearchHit> hits, bool collapsed)
    {
        json.WriteStartArray("hits");
        foreach (var hit in hits)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", hit.Rank);
            json.WriteString("id", hit.Id);
            json.WriteNumber("score", Math.Round((double)hit.Score, 4));
            json.WriteString("title", hit.Title);
            json.WriteString("source", hit.Source);
            json.WriteString("published", hit.Published);
            json.WriteString("path", paths.Of(hit));
            if (collapsed)
            {
                json.WriteNumber("copies", hit.Copies);
            }
            if (hit.Thread is { } thread)
            {
                json.WriteStartObject("thread");
                json.WriteNumber("comments", thread.Comments);
                json.WriteNumber("matching", thread.Matching);
                json.WriteNumber("density", Math.Round(thread.Density, 4));
                json.WriteBoolean("body_matches", thread.BodyMatches);
                json.WriteEndObject();
            }
            json.WriteStartArray("matches");
            foreach (var match in hit.Matches)
            {
                json.WriteStartObject();
                json.WriteString("in", match.In.ToString().ToLowerInvariant());
                if (match.In == MatchLocation.Comment)
                {
                    json.WriteString("comment_id", match.CommentId);
                    json.WriteString("author", match.Author);
                }
                json.WriteString("snippet", match.Snippet.Marked());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (hit.Explanation is not null)
            {
                json.WriteString("explanation", hit.Explanation);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
