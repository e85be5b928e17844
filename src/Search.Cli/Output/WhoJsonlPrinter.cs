using System.Globalization;
using System.Text.Json;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Storage;
using Search.Core.Trends;
using Search.Core.Who;

namespace Search.Cli.Output;

/// <summary>
/// Who says it as JSON Lines: first <c>{"who": {...}}</c>, how the file was made (queries, grouping, unit, scope,
/// days, index, schema, time, whether names are pseudonymised), then one object per row with the TSV's keys and
/// <c>unnamed</c> (true for the group of no name); a failed narrative is <c>{"narrative", "query", "error"}</c>.
/// </summary>
internal sealed class WhoJsonlPrinter(string indexShown, IndexMetadata metadata, bool pseudonymized) : IWhoPrinter
{
    public void Print(WhoResult result, TextWriter output)
    {
        JsonLine.Write(output, json => Provenance(json, result));
        foreach (var narrative in result.Narratives)
        {
            if (narrative.Error is not null)
            {
                JsonLine.Write(output, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("narrative", narrative.Query.Id);
                    json.WriteString("query", narrative.Query.Query);
                    json.WriteString("error", narrative.Error);
                    json.WriteEndObject();
                });
                continue;
            }
            foreach (var row in narrative.Rows)
            {
                JsonLine.Write(output, json =>
                {
                    json.WriteStartObject();
                    if (row.Period is not null)
                    {
                        json.WriteString("period", row.Period);
                    }
                    json.WriteString("narrative", row.Narrative);
                    json.WriteString("group", row.Group);
                    json.WriteBoolean("unnamed", row.Unnamed);
                    json.WriteNumber("matches", row.Matches);
                    json.WriteNumber("total", row.Total);
                    if (row.Ratio is { } ratio)
                    {
                        json.WriteNumber("ratio", ratio);
                    }
                    else
                    {
                        json.WriteNull("ratio");
                    }
                    json.WriteString("first_seen", row.FirstSeen);
                    json.WriteString("first_id", row.FirstId);
                    json.WriteString("last_seen", row.LastSeen);
                    json.WriteString("last_id", row.LastId);
                    json.WriteNumber("articles", row.Articles);
                    if (result.Request.Collapse)
                    {
                        json.WriteNumber("matches_collapsed", row.MatchesCollapsed ?? 0);
                        json.WriteNumber("total_collapsed", row.TotalCollapsed ?? 0);
                    }
                    json.WriteEndObject();
                });
            }
        }
    }

    private void Provenance(Utf8JsonWriter json, WhoResult result)
    {
        var request = result.Request;
        var inv = CultureInfo.InvariantCulture;
        json.WriteStartObject();
        json.WriteStartObject("who");
        json.WriteStartArray("queries");
        foreach (var narrative in request.Narratives)
        {
            json.WriteStartObject();
            json.WriteString("id", narrative.Id);
            json.WriteString("query", narrative.Query);
            json.WriteString("scope", SearchScopeNames.Name(narrative.Scope ?? request.Scope));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("by", WhoNames.Name(request.By));
        json.WriteString("unit", TrendNames.Of(result.Unit));
        json.WriteString("scope", SearchScopeNames.Name(request.Scope));
        json.WriteBoolean("collapse", request.Collapse);
        json.WriteBoolean("translit", request.Translit);
        if (request.Scope == SearchScope.Dense || request.Narratives.Any(n => n.Scope == SearchScope.Dense))
        {
            json.WriteNumber("density", request.Dense.Percent);
            json.WriteNumber("min_comments", request.Dense.MinComments);
        }
        json.WriteString("syntax", QuerySyntaxNames.All[(int)request.Syntax]);
        json.WriteNumber("top", request.Top);
        json.WriteNumber("min", request.Min);
        json.WriteString("from", request.From?.ToString("yyyy-MM-dd", inv));
        json.WriteString("to", request.To?.ToString("yyyy-MM-dd", inv));
        json.WriteString("by_period", request.ByPeriod is { } period ? TrendNames.Of(period) : null);
        json.WriteBoolean("pseudonymized", pseudonymized);
        json.WriteString("index", indexShown);
        json.WriteString("corpus", metadata.Corpus);
        json.WriteString("indexed_at", metadata.IndexedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv));
        json.WriteString("schema", metadata.SchemaName);
        json.WriteNumber("schema_version", metadata.SchemaVersion);
        json.WriteString("ran_at", result.RanAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
