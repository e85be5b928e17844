using System.Text.Json;
using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Batch;

/// <summary>
/// Reads batch input lazily, one query per line, each line in whichever form it comes: a plain query, <c>id&lt;TAB&gt;query</c>,
/// or a JSON object <c>{"id": "q7", "query": "...", "limit": 5, "in": "comments", "syntax": "lucene"}</c>. Blank lines and lines starting
/// with <c>#</c> are skipped; a plain line's id is <c>q</c> and its line number.
/// </summary>
public static class BatchInputReader
{
    /// <summary>The queries of an input, read as they are needed (an input of any length streams).</summary>
    /// <returns>The queries in input order; a line that cannot be read comes as a query with an <see cref="BatchQuery.Error"/>.</returns>
    public static IEnumerable<BatchQuery> Read(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lineNo = 0;
        while (input.ReadLine() is { } line)
        {
            lineNo++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }
            yield return Parse(line, lineNo);
        }
    }

    /// <summary>Reads one non-blank input line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="lineNo">Its 1-based number.</param>
    internal static BatchQuery Parse(string line, int lineNo)
    {
        var defaultId = $"q{lineNo}";
        var trimmed = line.Trim();
        if (trimmed.StartsWith('{'))
        {
            return ParseJson(trimmed, defaultId, lineNo);
        }
        var tab = line.IndexOf('\t');
        if (tab > 0 && line[..tab].Trim().Length > 0)
        {
            return new BatchQuery(line[..tab].Trim(), line[(tab + 1)..].Trim(), lineNo);
        }
        return new BatchQuery(defaultId, trimmed, lineNo);
    }

    private static readonly string ScopeWords = OneOf(SearchScopeNames.All);
    private static readonly string SyntaxWords = OneOf(QuerySyntaxNames.All);

    private static string OneOf(IReadOnlyList<string> words) =>
        string.Join(", ", words.SkipLast(1).Select(w => $"\"{w}\"")) + $" or \"{words[^1]}\"";

    private static BatchQuery ParseJson(string line, string defaultId, int lineNo)
    {
        try
        {
            using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
            var root = doc.RootElement;
            var id = root.TryGetProperty("id", out var i) && i.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? (i.ValueKind == JsonValueKind.String ? i.GetString()! : i.GetRawText())
                : defaultId;
            if (!root.TryGetProperty("query", out var q) || q.ValueKind != JsonValueKind.String)
            {
                return new BatchQuery(id, "", lineNo, Error: $"line {lineNo}: the JSON object has no \"query\" string");
            }
            int? limit = null;
            if (root.TryGetProperty("limit", out var l) && l.ValueKind != JsonValueKind.Null)
            {
                if (l.ValueKind != JsonValueKind.Number || !l.TryGetInt32(out var n) || n < 0)
                {
                    return new BatchQuery(id, q.GetString()!, lineNo, Error: $"line {lineNo}: \"limit\" must be a whole number, 0 or more");
                }
                limit = n;
            }
            SearchScope? scope = null;
            if (root.TryGetProperty("in", out var s) && s.ValueKind != JsonValueKind.Null)
            {
                // Not a string is as wrong as an unknown word (GetString would throw on a number).
                scope = s.ValueKind == JsonValueKind.String ? SearchScopeNames.Parse(s.GetString()) : null;
                if (scope is null)
                {
                    return new BatchQuery(id, q.GetString()!, lineNo, Error: $"line {lineNo}: \"in\" must be {ScopeWords}");
                }
            }
            QuerySyntax? syntax = null;
            if (root.TryGetProperty("syntax", out var x) && x.ValueKind != JsonValueKind.Null)
            {
                syntax = x.ValueKind == JsonValueKind.String ? QuerySyntaxNames.Parse(x.GetString()) : null;
                if (syntax is null)
                {
                    return new BatchQuery(id, q.GetString()!, lineNo, Error: $"line {lineNo}: \"syntax\" must be {SyntaxWords}");
                }
            }
            return new BatchQuery(id, q.GetString()!, lineNo, limit, scope, Syntax: syntax);
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber:")[0].Split(" Path:")[0].TrimEnd('.');
            return new BatchQuery(defaultId, "", lineNo, Error: $"line {lineNo}: not valid JSON: {reason}");
        }
    }
}
