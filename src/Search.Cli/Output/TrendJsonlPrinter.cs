using System.Globalization;
using System.Text.Json;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Storage;
using Search.Core.Trends;

namespace Search.Cli.Output;

/// <summary>
/// A trend as JSON Lines: first <c>{"trend": {...}}</c>, how the file was made (queries, scope, units, period,
/// dates, index, schema, time), then one object per row with the TSV's keys; a failed narrative is one object
/// <c>{"narrative", "query", "error"}</c> in its place.
/// </summary>
internal sealed class TrendJsonlPrinter(string indexShown, IndexMetadata metadata) : ITrendPrinter
{
    public void Print(TrendResult result, TextWriter output)
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
                    json.WriteString("narrative", row.Narrative);
                    json.WriteString("period", row.Period);
                    json.WriteString("unit", TrendNames.Of(row.Unit));
                    json.WriteNumber("count", row.Count);
                    WriteOrNull(json, "total", row.Total);
                    WriteOrNull(json, "ratio", row.Ratio);
                    if (result.Request.Collapse)
                    {
                        WriteOrNull(json, "count_collapsed", row.CountCollapsed);
                        WriteOrNull(json, "total_collapsed", row.TotalCollapsed);
                        WriteOrNull(json, "ratio_collapsed", row.RatioCollapsed);
                    }
                    json.WriteEndObject();
                });
            }
        }
    }

    private void Provenance(Utf8JsonWriter json, TrendResult result)
    {
        var request = result.Request;
        json.WriteStartObject();
        json.WriteStartObject("trend");
        json.WriteStartArray("queries");
        foreach (var narrative in request.Narratives)
        {
            json.WriteStartObject();
            json.WriteString("id", narrative.Id);
            json.WriteString("query", narrative.Query);
            json.WriteString("in", SearchScopeNames.All[(int)(narrative.Scope ?? request.Scope)]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("scope", SearchScopeNames.All[(int)request.Scope]);
        json.WriteString("syntax", QuerySyntaxNames.All[(int)request.Syntax]);
        json.WriteStartArray("units");
        foreach (var unit in result.Units)
        {
            json.WriteStringValue(TrendNames.Of(unit));
        }
        json.WriteEndArray();
        json.WriteString("period", TrendNames.Of(request.Period));
        json.WriteBoolean("collapse", request.Collapse);
        json.WriteBoolean("translit", request.Translit);
        json.WriteString("from", result.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("to", result.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("index", indexShown);
        json.WriteString("corpus", metadata.Corpus);
        json.WriteString("indexed_at", metadata.IndexedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteString("schema", metadata.SchemaName);
        json.WriteNumber("schema_version", metadata.SchemaVersion);
        json.WriteString("ran_at", result.RanAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
