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

    /// <summary>The threads of the articles at these document numbers of the searcher's reader, in the same order.</summary>
    /// <param name="hits">Each article's document number and id.</param>
    public HitThread[] Count(IReadOnlyList<(int Doc, string Id)> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var threads = new HitThread[hits.Count];
        var leaves = searcher.IndexReader.Leaves;
        // In document order, so that one scorer per segment moves forward from thread to thread: a scorer made for
        // each hit, and moved to it from the segment's start, was a tenth of a query's time with snippets.
        AtomicReaderContext? leaf = null;
        Scorer? comments = null;
        Scorer? body = null;
        foreach (var i in Enumerable.Range(0, hits.Count).OrderBy(i => hits[i].Doc))
        {
            var (doc, id) = hits[i];
            var hitLeaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            if (!ReferenceEquals(hitLeaf, leaf))
            {
                leaf = hitLeaf;
                // The comment scorer is made when a thread there has comments, as it was before: many have none.
                comments = null;
                body = _body.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            }
            var article = doc - leaf.DocBase;
            var (first, size) = Block(leaf.AtomicReader, article, id);
            var matching = 0;
            if (size > 0 && (comments ??= _comments.GetScorer(leaf, leaf.AtomicReader.LiveDocs)) is not null)
            {
                for (var d = comments.DocID >= first ? comments.DocID : comments.Advance(first); d < article; d = comments.NextDoc())
                {
                    matching++;
                }
            }
            var bodyMatches = body is not null && (body.DocID >= article ? body.DocID : body.Advance(article)) == article;
            threads[i] = new HitThread(size, matching, bodyMatches);
        }
        return threads;
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
