using System.Text.Json;
using Search.Core.Copies;
using Search.Core.Storage;

namespace Search.Cli.Output;

/// <summary>
/// Copies as JSON Lines: first <c>{"dupes": {...}}</c> (threshold, what was compared, how many groups, index,
/// schema), then one object per group: <c>cluster, kind, size, similarity {min, max}, members [...]</c>, each member
/// with <c>member, id, article, source, published, title</c> (articles) <c>, author, similarity</c>.
/// </summary>
internal sealed class DupesJsonlPrinter(string indexShown, IndexMetadata metadata, bool pseudonymized)
{
    public void Print(CopyReport report, TextWriter output)
    {
        JsonLine.Write(output, json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("dupes");
            json.WriteStartObject();
            json.WriteNumber("threshold", report.Threshold);
            json.WriteNumber("articles_compared", report.ArticlesCompared);
            json.WriteNumber("comments_compared", report.CommentsCompared);
            json.WriteNumber("article_clusters", report.Clusters.Count(c => c.Kind == CopyKind.Article));
            json.WriteNumber("comment_clusters", report.Clusters.Count(c => c.Kind == CopyKind.Comment));
            json.WriteString("index", indexShown);
            json.WriteString("schema", $"{metadata.SchemaName} v{metadata.SchemaVersion}");
            json.WriteBoolean("pseudonymized", pseudonymized);
            json.WriteEndObject();
            json.WriteEndObject();
        });
        foreach (var cluster in report.Clusters)
        {
            JsonLine.Write(output, json => Cluster(json, cluster));
        }
    }

    private static void Cluster(Utf8JsonWriter json, CopyCluster cluster)
    {
        json.WriteStartObject();
        json.WriteNumber("cluster", cluster.Number);
        json.WriteString("kind", DupesNames.Kind(cluster.Kind));
        json.WriteNumber("size", cluster.Members.Count);
        if (cluster.Text is not null)
        {
            json.WriteString("text", cluster.Text);
        }
        json.WritePropertyName("similarity");
        json.WriteStartObject();
        json.WriteNumber("min", Math.Round(cluster.MinSimilarity, 2));
        json.WriteNumber("max", Math.Round(cluster.MaxSimilarity, 2));
        json.WriteEndObject();
        json.WritePropertyName("members");
        json.WriteStartArray();
        foreach (var member in cluster.Members)
        {
            json.WriteStartObject();
            json.WriteString("member", member.Key);
            json.WriteString("id", member.Id);
            json.WriteString("article", member.Article);
            json.WriteString("source", member.Source);
            json.WriteString("published", member.Published);
            if (member.Kind == CopyKind.Article)
            {
                json.WriteString("title", member.Title);
            }
            json.WriteString("author", member.Author);
            json.WriteNumber("similarity", Math.Round(member.Similarity, 2));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
