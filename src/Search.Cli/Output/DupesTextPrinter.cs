using System.Globalization;
using Search.Core.Copies;

namespace Search.Cli.Output;

/// <summary>
/// Copies for reading: what was compared and the rule, then each group with its size and similarity range, its
/// members earliest first (date, id, site, and the title or the author), the first marked as the one that stands for
/// the group.
/// </summary>
internal static class DupesTextPrinter
{
    public static void Print(CopyReport report, CopyKind? kind, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var k in (CopyKind[])[CopyKind.Article, CopyKind.Comment])
        {
            if (kind is not null && kind != k)
            {
                continue;
            }
            var clusters = report.Clusters.Where(c => c.Kind == k).ToList();
            var members = clusters.Sum(c => c.Members.Count);
            output.WriteLine(k == CopyKind.Article
                ? $"Article copies: {Count(clusters.Count, "group")} of {Count(members, "article")}, out of {report.ArticlesCompared.ToString("N0", inv)} articles compared (bodies of {CopyReport.MinArticleWords}+ words sharing at least {report.Threshold.ToString("0.##", inv)} of their text)"
                : $"Comment copies: {Count(clusters.Count, "group")} of {Count(members, "comment")}, out of {report.CommentsCompared.ToString("N0", inv)} comments compared (comments of {CopyReport.MinCommentWords}+ words with the same words in the same order)");
            foreach (var cluster in clusters)
            {
                var similarity = k == CopyKind.Comment ? "" :
                    cluster.MinSimilarity == cluster.MaxSimilarity
                        ? $", similarity {cluster.MinSimilarity.ToString("0.00", inv)}"
                        : $", similarity {cluster.MinSimilarity.ToString("0.00", inv)}-{cluster.MaxSimilarity.ToString("0.00", inv)}";
                output.WriteLine();
                var text = cluster.Text is { } t ? $": \"{Shortened(t)}\"" : "";
                output.WriteLine($"  #{cluster.Number}  {Count(cluster.Members.Count, k == CopyKind.Article ? "article" : "comment")}{similarity}{text}");
                var width = cluster.Members.Max(m => m.Key.Length);
                for (var i = 0; i < cluster.Members.Count; i++)
                {
                    var m = cluster.Members[i];
                    var what = k == CopyKind.Article ? m.Title : m.Author ?? "(anonymous)";
                    var share = i == 0 ? "first" : k == CopyKind.Comment ? "copy" : m.Similarity.ToString("0.00", inv);
                    output.WriteLine($"    {m.Key.PadRight(width)}  {Day(m.Published),-10}  {share,5}  {m.Source ?? "(no source)"} · {what}");
                }
            }
            output.WriteLine();
        }
    }

    private static string Count(int n, string what) => $"{n.ToString("N0", CultureInfo.InvariantCulture)} {what}{(n == 1 ? "" : "s")}";

    // One line of the comment, enough to recognise it.
    private static string Shortened(string text)
    {
        var line = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 100 ? line : line[..99] + "…";
    }

    // The day is enough to see who was first; the full date is in the TSV and JSON.
    private static string Day(string? published) => published is null ? "(undated)" : published.Length > 10 ? published[..10] : published;
}
