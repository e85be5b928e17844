using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Schema;

namespace Search.Core.Storage;

/// <summary>
/// Where each thread lies in the index: an article is added as one block, its comments' documents then its own
/// (Lucene keeps a block side by side through merges), so a comment's article is the next document that is not a
/// comment, and an article's comments are the documents between it and the previous one that is not. Read once
/// per run from the postings of <c>kind:article</c> and <c>kind:file</c>, deleted documents included, since a
/// block's place does not change when an earlier one is deleted.
/// </summary>
internal sealed class ThreadLayout
{
    private readonly Dictionary<int, FixedBitSet> _notComments;

    private ThreadLayout(Dictionary<int, FixedBitSet> notComments) => _notComments = notComments;

    /// <summary>Reads the layout of every segment.</summary>
    public static ThreadLayout Read(IndexReader reader)
    {
        var bits = new Dictionary<int, FixedBitSet>();
        foreach (var leaf in reader.Leaves)
        {
            var set = new FixedBitSet(leaf.AtomicReader.MaxDoc);
            foreach (var kind in (string[])[DocumentKind.Article, DocumentKind.File])
            {
                var docs = AllDocs(leaf.AtomicReader, FieldNames.Kind, kind);
                for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
                {
                    set.Set(doc);
                }
            }
            bits[leaf.Ord] = set;
        }
        return new ThreadLayout(bits);
    }

    /// <summary>The documents that hold a term, deleted ones too; null when none does.</summary>
    public static DocsEnum? AllDocs(AtomicReader reader, string field, string term)
    {
        var terms = reader.GetTerms(field)?.GetEnumerator();
        return terms is not null && terms.SeekExact(new BytesRef(term)) ? terms.Docs(null, null, DocsFlags.NONE) : null;
    }

    /// <summary>The article document a comment document belongs to, in the same segment.</summary>
    /// <param name="segment">The segment's ordinal.</param>
    /// <param name="comment">The comment's document number in the segment.</param>
    public int ArticleOf(int segment, int comment) => _notComments[segment].NextSetBit(comment);

    /// <summary>The first of an article's comment documents; the article itself when it has none.</summary>
    /// <param name="segment">The segment's ordinal.</param>
    /// <param name="article">The article's document number in the segment.</param>
    public int FirstComment(int segment, int article) => article == 0 ? 0 : _notComments[segment].PrevSetBit(article - 1) + 1;

    /// <summary>Whether a document is a comment's.</summary>
    public bool IsComment(int segment, int doc) => !_notComments[segment].Get(doc);
}
