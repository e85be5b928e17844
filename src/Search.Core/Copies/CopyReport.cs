using Search.Core.Analysis;

namespace Search.Core.Copies;

/// <summary>What <c>search dupes</c> found.</summary>
/// <param name="Threshold">The least similarity that makes two bodies copies, as the index was built with.</param>
/// <param name="ArticlesCompared">Live articles with a body long enough to be compared.</param>
/// <param name="CommentsCompared">Live comments long enough to be compared.</param>
/// <param name="Clusters">The groups asked for, articles before comments, each kind largest first.</param>
public sealed record CopyReport(double Threshold, int ArticlesCompared, int CommentsCompared, IReadOnlyList<CopyCluster> Clusters)
{
    /// <summary>The fewest words a body needs to be compared.</summary>
    public static int MinArticleWords => CopySignature.MinWords;

    /// <summary>The fewest words a comment needs to be compared.</summary>
    public static int MinCommentWords => CommentFingerprint.MinWords;
}
