using Lucene.Net.Index;
using Search.Core.Analysis;

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
        var order = MemberOrder.Read(reader, [.. articleSets.Concat(commentSets).SelectMany(set => set)]);
        var articles = articleSets.Select(docs => Group(CopyKind.Article, docs, order, signatures)).ToList();
        var comments = commentSets.Select(docs => Group(CopyKind.Comment, docs, order, null)).ToList();
        return new CopyGroups(threshold, Ordered(articles, order), Ordered(comments, order), signatures, commentsCompared);
    }

    /// <summary>The group a document belongs to, or null.</summary>
    public CopyGroup? GroupOf(int doc) =>
        Articles.Concat(Comments).FirstOrDefault(g => Array.IndexOf(g.Docs, doc) >= 0);

    private static CopyGroup Group(CopyKind kind, List<int> docs, MemberOrder order, ArticleSignatures? signatures)
    {
        var ordered = docs.Select(d => (Doc: d, Key: order.Key(d))).ToArray();
        // The document number last only so that a sort of equal keys (one article indexed twice) is still stable.
        Array.Sort(ordered, (a, b) => MemberOrder.Compare(a.Key, b.Key) is var c and not 0 ? c : a.Doc.CompareTo(b.Doc));
        var members = ordered.Select(m => m.Doc).ToArray();
        var similarities = new double[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            similarities[i] = signatures is null || i == 0
                ? 1
                : CopySignature.Similarity(signatures[signatures.IndexOf(members[0])], signatures[signatures.IndexOf(members[i])]);
        }
        return new CopyGroup(kind, members, similarities);
    }

    // Largest first, then by their first members' order.
    private static List<CopyGroup> Ordered(List<CopyGroup> groups, MemberOrder order)
    {
        var keyed = groups.Select(g => (Group: g, First: order.Key(g.Docs[0]))).ToArray();
        Array.Sort(keyed, (a, b) =>
            b.Group.Docs.Length.CompareTo(a.Group.Docs.Length) is var c and not 0 ? c
            : MemberOrder.Compare(a.First, b.First) is var d and not 0 ? d
            : a.Group.Docs[0].CompareTo(b.Group.Docs[0]));
        return [.. keyed.Select(k => k.Group)];
    }
}
