using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Querying;

/// <summary>
/// Counts, for the few hits shown, how many of each thread's comments match on their own and whether the body
/// matches: each hit's comment documents are found by its id (<c>comment_article</c>), the run of them just before
/// the article's document, and the comment query's scorer is moved to them, so no other document is read.
/// </summary>
internal sealed class HitThreadCounter(IndexSearcher searcher, Query comments, Query body)
{
    private readonly Weight _comments = searcher.CreateNormalizedWeight(comments);
    private readonly Weight _body = searcher.CreateNormalizedWeight(body);

    /// <summary>The thread of the article at a document number of the searcher's reader.</summary>
    /// <param name="doc">The article's document number.</param>
    /// <param name="id">The article's id.</param>
    public HitThread Count(int doc, string id)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var article = doc - leaf.DocBase;
        var (first, size) = Block(leaf.AtomicReader, article, id);
        var matching = 0;
        if (size > 0 && _comments.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer)
        {
            for (var d = scorer.Advance(first); d < article; d = scorer.NextDoc())
            {
                matching++;
            }
        }
        var bodyMatches = _body.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } b && b.Advance(article) == article;
        return new HitThread(size, matching, bodyMatches);
    }

    // The comment documents of an article with this id that run up to it (another article of the same id elsewhere in
    // the segment is another block).
    private static (int First, int Size) Block(AtomicReader reader, int article, string id)
    {
        var docs = ThreadLayout.AllDocs(reader, FieldNames.CommentArticle, id);
        int first = -1, last = -2;
        for (var d = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; d < article; d = docs!.NextDoc())
        {
            first = d == last + 1 ? first : d;
            last = d;
        }
        return last == article - 1 ? (first, article - first) : (article, 0);
    }
}
