using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Copies;

/// <summary>
/// Lists the copies in an index (<c>search dupes</c>, <c>search show</c>): the groups of <see cref="CopyGroups"/>
/// with each member's id, site, date, title or author read from its stored fields.
/// </summary>
public static class CopyFinder
{
    private static readonly HashSet<string> ArticleFields =
        [FieldNames.Id, FieldNames.Source, FieldNames.Published, FieldNames.Title, FieldNames.Byline];
    private static readonly HashSet<string> CommentFields =
        [FieldNames.CommentArticle, FieldNames.CommentId, FieldNames.CommentPublished, FieldNames.CommentAuthor];

    /// <summary>The groups of copies in an index.</summary>
    /// <param name="index">The index.</param>
    /// <param name="kind">Only articles or only comments; null for both.</param>
    /// <param name="minSize">The fewest members a group must have to be listed (2 or more).</param>
    public static CopyReport Find(ArticleIndex index, CopyKind? kind = null, int minSize = 2)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Find(index, CopyGroups.Find(index.Reader, index.Metadata.CopyThreshold), kind, minSize);
    }

    // The groups already found (a search engine keeps them for --collapse).
    internal static CopyReport Find(ArticleIndex index, CopyGroups groups, CopyKind? kind, int minSize)
    {
        var members = new MemberReader(index);
        var listed = new List<CopyCluster>();
        var number = 0;
        foreach (var k in (CopyKind[])[CopyKind.Article, CopyKind.Comment])
        {
            foreach (var group in groups.Of(k))
            {
                number++;
                if ((kind is not null && kind != k) || group.Docs.Length < minSize)
                {
                    continue;
                }
                var read = group.Docs.Select((doc, i) => members.Read(k, doc, group.Similarities[i])).ToList();
                listed.Add(new CopyCluster(number, k, k == CopyKind.Comment ? members.TextOf(group.Docs[0], read[0]) : null, read));
            }
        }
        return new CopyReport(groups.Threshold, groups.ArticlesCompared, groups.CommentsCompared, listed);
    }

    /// <summary>The other members of an article's group of copies, earliest first; empty when it has none.</summary>
    /// <param name="index">The index.</param>
    /// <param name="articleId">The article's id.</param>
    /// <returns>Each with its similarity to the article itself.</returns>
    public static IReadOnlyList<CopyMember> CopiesOf(ArticleIndex index, string articleId)
    {
        ArgumentNullException.ThrowIfNull(index);
        var members = new MemberReader(index);
        if (members.ArticleDoc(articleId) is not { } doc)
        {
            return [];
        }
        var groups = CopyGroups.Find(index.Reader, index.Metadata.CopyThreshold);
        if (groups.GroupOf(doc) is not { } group)
        {
            return [];
        }
        var signatures = groups.Signatures;
        var own = signatures[signatures.IndexOf(doc)].ToArray();
        return [.. group.Docs.Where(d => d != doc).Select(d =>
            members.Read(CopyKind.Article, d, Analysis.CopySignature.Similarity(own, signatures[signatures.IndexOf(d)])))];
    }

    // Stored fields of members, and the sites of comments' articles (found through the thread layout), each article read once.
    private sealed class MemberReader(ArticleIndex index)
    {
        private readonly IndexSearcher _searcher = new(index.Reader);
        private readonly Dictionary<int, string?> _sources = [];
        private readonly int[] _starts = [.. index.Reader.Leaves.Select(l => l.DocBase)];
        private ThreadLayout? _layout;

        // A comment's text, from its article's stored thread.
        public string? TextOf(int commentDoc, CopyMember comment) =>
            StoredArticle.From(index.Reader.Document(ArticleOf(commentDoc))).Article.Comments.FirstOrDefault(c => c.Id == comment.Id)?.Body;

        public CopyMember Read(CopyKind kind, int doc, double similarity)
        {
            if (kind == CopyKind.Article)
            {
                var article = index.Reader.Document(doc, ArticleFields);
                var id = article.Get(FieldNames.Id);
                return new CopyMember(kind, id, id, article.Get(FieldNames.Source), article.Get(FieldNames.Published),
                    article.Get(FieldNames.Title) ?? "", article.Get(FieldNames.Byline), similarity);
            }
            var comment = index.Reader.Document(doc, CommentFields);
            return new CopyMember(kind, comment.Get(FieldNames.CommentId), comment.Get(FieldNames.CommentArticle), SourceOf(ArticleOf(doc)),
                comment.Get(FieldNames.CommentPublished), null, comment.Get(FieldNames.CommentAuthor), similarity);
        }

        private int ArticleOf(int commentDoc)
        {
            _layout ??= ThreadLayout.Read(index.Reader);
            var segment = ReaderUtil.SubIndex(commentDoc, _starts);
            return _starts[segment] + _layout.ArticleOf(index.Reader.Leaves[segment].Ord, commentDoc - _starts[segment]);
        }

        public int? ArticleDoc(string id)
        {
            var hits = _searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1);
            return hits.ScoreDocs.Length == 0 ? null : hits.ScoreDocs[0].Doc;
        }

        private string? SourceOf(int articleDoc)
        {
            if (!_sources.TryGetValue(articleDoc, out var source))
            {
                _sources[articleDoc] = source = index.Reader.Document(articleDoc, ArticleFields).Get(FieldNames.Source);
            }
            return source;
        }
    }
}
