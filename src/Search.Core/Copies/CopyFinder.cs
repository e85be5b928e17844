using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Copies;

/// <summary>
/// Lists the copies in an index (<c>search dupes</c>, <c>search show</c>): the groups of <see cref="CopyGroups"/>
/// with each member's id, site, date and author read from the postings of keyword fields (<see cref="MemberColumns"/>),
/// and, when asked for, titles and comment texts from stored fields.
/// </summary>
public static class CopyFinder
{
    /// <summary>The groups of copies in an index.</summary>
    /// <param name="index">The index.</param>
    /// <param name="kind">Only articles or only comments; null for both.</param>
    /// <param name="minSize">The fewest members a group must have to be listed (2 or more).</param>
    /// <param name="withText">Also read articles' titles and the pasted comments' text (a stored read per member: slow for many).</param>
    public static CopyReport Find(ArticleIndex index, CopyKind? kind = null, int minSize = 2, bool withText = true)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Find(index, CopyGroups.Find(index.Reader, index.Metadata.CopyThreshold), kind, minSize, withText);
    }

    // The groups already found (a search engine keeps them for --collapse).
    internal static CopyReport Find(ArticleIndex index, CopyGroups groups, CopyKind? kind, int minSize, bool withText)
    {
        var listed = new List<(int Number, CopyGroup Group)>();
        var number = 0;
        foreach (var k in (CopyKind[])[CopyKind.Article, CopyKind.Comment])
        {
            foreach (var group in groups.Of(k))
            {
                number++;
                if ((kind is null || kind == k) && group.Docs.Length >= minSize)
                {
                    listed.Add((number, group));
                }
            }
        }
        var members = new MemberReader(index, listed.SelectMany(l => l.Group.Docs), withText);
        var clusters = listed.Select(l =>
        {
            var read = l.Group.Docs.Select((doc, i) => members.Read(l.Group.Kind, doc, l.Group.Similarities[i])).ToList();
            return new CopyCluster(l.Number, l.Group.Kind, l.Group.Kind == CopyKind.Comment ? members.TextOf(l.Group.Docs[0], read[0]) : null, read);
        }).ToList();
        return new CopyReport(groups.Threshold, groups.ArticlesCompared, groups.CommentsCompared, clusters);
    }

    /// <summary>The other members of an article's group of copies, earliest first; empty when it has none.</summary>
    /// <param name="index">The index.</param>
    /// <param name="articleId">The article's id.</param>
    /// <returns>Each with its similarity to the article itself.</returns>
    public static IReadOnlyList<CopyMember> CopiesOf(ArticleIndex index, string articleId)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(articleId);
        var hits = new IndexSearcher(index.Reader).Search(new TermQuery(new Term(FieldNames.Id, articleId)), 1);
        if (hits.ScoreDocs.Length == 0)
        {
            return [];
        }
        var doc = hits.ScoreDocs[0].Doc;
        var groups = CopyGroups.Find(index.Reader, index.Metadata.CopyThreshold);
        if (groups.GroupOf(doc) is not { } group)
        {
            return [];
        }
        var signatures = groups.Signatures;
        var own = signatures[signatures.IndexOf(doc)].ToArray();
        var members = new MemberReader(index, group.Docs, withText: true);
        return [.. group.Docs.Where(d => d != doc).Select(d =>
            members.Read(CopyKind.Article, d, Analysis.CopySignature.Similarity(own, signatures[signatures.IndexOf(d)])))];
    }

    // Members as listings show them: ids, dates and name keys from postings, each name shown as the first document
    // with that key stores it, titles and comment texts from stored fields when asked for.
    private sealed class MemberReader
    {
        private readonly ArticleIndex _index;
        private readonly bool _withText;
        private readonly int[] _starts;
        private readonly ThreadLayout _layout;
        private readonly MemberColumns _columns;
        private readonly Dictionary<(string Field, string Key), string?> _shown = [];

        public MemberReader(ArticleIndex index, IEnumerable<int> docs, bool withText)
        {
            (_index, _withText) = (index, withText);
            _starts = [.. index.Reader.Leaves.Select(l => l.DocBase)];
            _layout = ThreadLayout.Read(index.Reader);
            var members = docs as IReadOnlyCollection<int> ?? [.. docs];
            // A comment's site is its article's.
            _columns = MemberColumns.Read(index.Reader, members.Concat(members.Where(IsComment).Select(ArticleOf)), MemberColumns.Listed);
        }

        public CopyMember Read(CopyKind kind, int doc, double similarity)
        {
            if (kind == CopyKind.Article)
            {
                var id = _columns.Get(FieldNames.Id, doc) ?? "";
                var title = _withText ? _index.Reader.Document(doc, new HashSet<string> { FieldNames.Title }).Get(FieldNames.Title) ?? "" : null;
                return new CopyMember(kind, id, id, Shown(FieldNames.SourceKey, FieldNames.Source, doc), _columns.Get(FieldNames.Published, doc),
                    title, Shown(FieldNames.BylineKey, FieldNames.Byline, doc), similarity);
            }
            return new CopyMember(kind, _columns.Get(FieldNames.CommentId, doc) ?? "", _columns.Get(FieldNames.CommentArticle, doc) ?? "",
                Shown(FieldNames.SourceKey, FieldNames.Source, ArticleOf(doc)), _columns.Get(FieldNames.CommentPublished, doc), null,
                Shown(FieldNames.Commenter, FieldNames.CommentAuthor, doc), similarity);
        }

        // A comment's text, from its article's stored thread; null unless texts were asked for.
        public string? TextOf(int commentDoc, CopyMember comment) => _withText
            ? StoredArticle.From(_index.Reader.Document(ArticleOf(commentDoc))).Article.Comments.FirstOrDefault(c => c.Id == comment.Id)?.Body
            : null;

        // A name as the page shows it: the stored spelling of the first document read with its key; null for no name.
        private string? Shown(string keyField, string storedField, int doc)
        {
            if (_columns.Get(keyField, doc) is not { Length: > 0 } key)
            {
                return null;
            }
            if (!_shown.TryGetValue((keyField, key), out var name))
            {
                _shown[(keyField, key)] = name = _index.Reader.Document(doc, new HashSet<string> { storedField }).Get(storedField) ?? key;
            }
            return name;
        }

        private bool IsComment(int doc)
        {
            var segment = ReaderUtil.SubIndex(doc, _starts);
            return _layout.IsComment(_index.Reader.Leaves[segment].Ord, doc - _starts[segment]);
        }

        private int ArticleOf(int commentDoc)
        {
            var segment = ReaderUtil.SubIndex(commentDoc, _starts);
            return _starts[segment] + _layout.ArticleOf(_index.Reader.Leaves[segment].Ord, commentDoc - _starts[segment]);
        }
    }
}
