using System.Globalization;
using Search.Core.Storage;

namespace Search.Cli.Output;

/// <summary>Prints index statistics, as aligned lines or as one JSON object.</summary>
internal static class StatsPrinter
{
    public static void PrintText(CliConsole console, IndexStats stats)
    {
        var inv = CultureInfo.InvariantCulture;
        var m = stats.Metadata;
        var o = console.Out;
        o.WriteLine($"articles:      {stats.Articles.ToString("N0", inv)}");
        o.WriteLine($"comments:      {stats.Comments.ToString("N0", inv)}");
        o.WriteLine($"files:         {stats.Files.ToString("N0", inv)}");
        o.WriteLine($"documents:     {stats.Documents.ToString("N0", inv)} (articles, comments, and one record per file)");
        o.WriteLine($"index size:    {HumanSize(stats.SizeBytes)}");
        o.WriteLine($"index:         {console.Display(stats.IndexPath)}");
        o.WriteLine($"corpus:        {console.Display(m.Corpus)}");
        o.WriteLine($"schema:        {m.SchemaName} v{m.SchemaVersion} ({m.SchemaHash[..Math.Min(12, m.SchemaHash.Length)]})");
        o.WriteLine($"last indexed:  {m.IndexedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", inv)} UTC");
    }

    public static void PrintJson(CliConsole console, IndexStats stats)
    {
        JsonLine.Write(console.Out, json =>
        {
            var m = stats.Metadata;
            json.WriteStartObject();
            json.WriteNumber("articles", stats.Articles);
            json.WriteNumber("comments", stats.Comments);
            json.WriteNumber("files", stats.Files);
            json.WriteNumber("documents", stats.Documents);
            json.WriteNumber("size_bytes", stats.SizeBytes);
            json.WriteString("index", Path.GetFullPath(stats.IndexPath));
            json.WriteString("corpus", m.Corpus);
            json.WriteStartObject("schema");
            json.WriteString("name", m.SchemaName);
            json.WriteNumber("version", m.SchemaVersion);
            json.WriteString("hash", m.SchemaHash);
            json.WriteEndObject();
            json.WriteString("last_indexed", m.IndexedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }, indented: true);
    }

    private static string HumanSize(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double size = bytes;
        var unit = 0;
        while (size >= 1024 && unit < units.Length - 1)
        {
            size /= 1024;
            unit++;
        }
        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes} B")
            : string.Create(CultureInfo.InvariantCulture, $"{size:0.0} {units[unit]}");
    }
}
