using System.Globalization;
using Search.Core.Copies;

namespace Search.Cli.Output;

/// <summary>
/// Copies as TSV: a header, then <c>cluster, kind, member, source, published, author, similarity</c> per member,
/// groups in the listing's order and members earliest first; <c>member</c> is an article's id or
/// <c>article/comment</c>, <c>similarity</c> the member's to its group's first.
/// </summary>
internal static class DupesTablePrinter
{
    public static IReadOnlyList<string> Columns { get; } = ["cluster", "kind", "member", "source", "published", "author", "similarity"];

    public static void Print(CopyReport report, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Join('\t', Columns));
        foreach (var cluster in report.Clusters)
        {
            foreach (var member in cluster.Members)
            {
                output.WriteLine(string.Join('\t',
                    cluster.Number.ToString(inv), DupesNames.Kind(cluster.Kind), TableField.Of(member.Key, '\t'),
                    TableField.Of(member.Source ?? "", '\t'), TableField.Of(member.Published ?? "", '\t'),
                    TableField.Of(member.Author ?? "", '\t'), member.Similarity.ToString("0.00", inv)));
            }
        }
    }
}
