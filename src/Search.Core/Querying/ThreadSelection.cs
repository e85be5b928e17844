using Lucene.Net.Util;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Querying;

/// <summary>
/// The threads a comment-by-comment query selects (<see cref="SearchScope.Comments"/>: one comment matching is
/// enough; <see cref="SearchScope.Dense"/>: enough of them, <see cref="DenseThreads"/>), as the articles they belong
/// to and the matching comments in them, one bit set per segment.
/// </summary>
internal sealed class ThreadSelection
{
    private ThreadSelection(Dictionary<int, FixedBitSet> articles, Dictionary<int, FixedBitSet> comments, long articleCount, long commentCount)
    {
        Articles = articles;
        Comments = comments;
        ArticleCount = articleCount;
        CommentCount = commentCount;
    }

    /// <summary>The selected threads' article documents, per segment.</summary>
    public Dictionary<int, FixedBitSet> Articles { get; }

    /// <summary>The matching comments of the selected threads, per segment.</summary>
    public Dictionary<int, FixedBitSet> Comments { get; }

    /// <summary>How many threads were selected.</summary>
    public long ArticleCount { get; }

    /// <summary>How many matching comments the selected threads hold.</summary>
    public long CommentCount { get; }

    /// <summary>Selects threads by the comments a query matched.</summary>
    /// <param name="matched">The comment documents the query matched, per segment.</param>
    /// <param name="layout">Where the threads lie.</param>
    /// <param name="scope"><see cref="SearchScope.Comments"/> or <see cref="SearchScope.Dense"/>.</param>
    /// <param name="dense">The density rule, for <see cref="SearchScope.Dense"/>.</param>
    /// <param name="maxDocs">Each segment's document count, by its ordinal.</param>
    public static ThreadSelection Select(MatchedDocs matched, ThreadLayout layout, SearchScope scope, DenseThreads dense, IReadOnlyDictionary<int, int> maxDocs)
    {
        var articles = new Dictionary<int, FixedBitSet>();
        var comments = new Dictionary<int, FixedBitSet>();
        long articleCount = 0, commentCount = 0;
        foreach (var (segment, docs) in matched.BySegment)
        {
            var threads = articles[segment] = new FixedBitSet(maxDocs[segment]);
            var kept = comments[segment] = new FixedBitSet(maxDocs[segment]);
            // Matches come in document order, so a thread's are one run: decide it when the run ends.
            int article = -1, runStart = -1, matching = 0;
            foreach (var doc in MatchedDocs.Each(docs).Append(int.MaxValue))
            {
                var next = doc == int.MaxValue ? -2 : layout.ArticleOf(segment, doc);
                if (next == article)
                {
                    matching++;
                    continue;
                }
                if (article >= 0)
                {
                    var size = article - layout.FirstComment(segment, article);
                    if (scope == SearchScope.Comments || dense.Holds(matching, size))
                    {
                        threads.Set(article);
                        articleCount++;
                        commentCount += matching;
                        for (var d = docs.NextSetBit(runStart); d >= 0 && d < article; d = d + 1 < docs.Length ? docs.NextSetBit(d + 1) : -1)
                        {
                            kept.Set(d);
                        }
                    }
                }
                (article, runStart, matching) = (next, doc, 1);
            }
        }
        return new ThreadSelection(articles, comments, articleCount, commentCount);
    }
}
