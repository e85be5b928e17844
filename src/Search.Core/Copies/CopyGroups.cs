using Lucene.Net.Index;
using Search.Core.Analysis;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Copies;

/// <summary>
/// Every group of copies in one commit of an index, found from the columns indexing wrote (article signatures,
/// comment fingerprints), so they always agree with what the commit holds: adding or removing an article changes
/// its groups and no others, with nothing to redo at indexing time beyond its own signature.
/// </summary>
internal sealed class CopyGroups
{
    private CopyGroups(double threshold, List<CopyGroup> articles, List<CopyGroup> comments, ArticleSignatures signatures, int commentsCompared) =>
        (Threshold, Articles, Comments, Signatures, CommentsCompared) = (threshold, articles, comments, signatures, commentsCompared);

    /// <summary>The signatures the article groups were found from.</summary>
    public ArticleSignatures Signatures { get; }

    /// <summary>How many live articles had a signature (a body long enough to be compared).</summary>
    public int ArticlesCompared => Signatures.Count;

    /// <summary>How many live comments had a fingerprint (long enough to be compared).</summary>
    public int CommentsCompared { get; }

    /// <summary>The least similarity that made two bodies copies.</summary>
    public double Threshold { get; }

    /// <summary>Groups of articles, largest first, then earliest first.</summary>
    public IReadOnlyList<CopyGroup> Articles { get; }

    /// <summary>Groups of comments, largest first, then earliest first.</summary>
    public IReadOnlyList<CopyGroup> Comments { get; }

    /// <summary>The groups of one kind.</summary>
    public IReadOnlyList<CopyGroup> Of(CopyKind kind) => kind == CopyKind.Article ? Articles : Comments;

    /// <summary>Finds the groups of an index.</summary>
    /// <param name="reader">The commit.</param>
    /// <param name="threshold">The least similarity that makes two bodies copies (the index's setting).</param>
    public static CopyGroups Find(IndexReader reader, double threshold)
    {
        var signatures = ArticleSignatures.Read(reader);
        var articleSets = ArticleCopyFinder.Find(signatures, threshold)
            .Select(set => set.Select(i => signatures.Docs[i]).ToList()).ToList();
        var (commentSets, commentsCompared) = CommentCopyFinder.Find(reader);
        var days = articleSets.Count + commentSets.Count == 0 ? [] : Days(reader);
        var articles = articleSets.Select(docs => Group(CopyKind.Article, docs, days, signatures)).ToList();
        var comments = commentSets.Select(docs => Group(CopyKind.Comment, docs, days, null)).ToList();
        return new CopyGroups(threshold, Ordered(articles, days), Ordered(comments, days), signatures, commentsCompared);
    }

    /// <summary>The group a document belongs to, or null.</summary>
    public CopyGroup? GroupOf(int doc) =>
        Articles.Concat(Comments).FirstOrDefault(g => Array.IndexOf(g.Docs, doc) >= 0);

    private static CopyGroup Group(CopyKind kind, List<int> docs, int[] days, ArticleSignatures? signatures)
    {
        var ordered = docs.OrderBy(d => days[d]).ThenBy(d => d).ToArray();
        var similarities = new double[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            similarities[i] = signatures is null || i == 0
                ? 1
                : CopySignature.Similarity(signatures[signatures.IndexOf(ordered[0])], signatures[signatures.IndexOf(ordered[i])]);
        }
        return new CopyGroup(kind, ordered, similarities);
    }

    private static List<CopyGroup> Ordered(List<CopyGroup> groups, int[] days) =>
        [.. groups.OrderByDescending(g => g.Docs.Length).ThenBy(g => days[g.Docs[0]]).ThenBy(g => g.Docs[0])];

    // The day of every document by its index-wide number: an article's, or the day a comment is counted under;
    // int.MaxValue for none, so an undated member sorts after every dated one. One array over the whole index, not
    // a table of the members: at a million articles the members are two million, and an array is read as cheaply
    // as the postings that fill it.
    private static int[] Days(IndexReader reader)
    {
        var days = new int[reader.MaxDoc];
        Array.Fill(days, int.MaxValue);
        foreach (var leaf in reader.Leaves)
        {
            foreach (var field in (string[])[FieldNames.Day, FieldNames.CommentDay])
            {
                DayPostings.Read(leaf.AtomicReader, field, (doc, day) => days[leaf.DocBase + doc] = day);
            }
        }
        return days;
    }
}
