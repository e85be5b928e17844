using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Schema;

namespace Search.Core.Copies;

/// <summary>
/// The values of some keyword fields for a set of documents, read from the terms' postings in one pass per field
/// instead of from each document's stored fields: a stored read decompresses the article's whole text, about a
/// hundred microseconds, and a listing of every copy in a large corpus has hundreds of thousands of members.
/// </summary>
internal sealed class MemberColumns
{
    private readonly DocPlaces _places;
    private readonly Dictionary<string, string?[]> _values = [];

    private MemberColumns(DocPlaces places) => _places = places;

    /// <summary>Reads the fields' values of the documents wanted (index-wide numbers).</summary>
    /// <param name="reader">The index.</param>
    /// <param name="docs">The documents wanted; one listed twice is read once.</param>
    /// <param name="fields">Keyword fields (one term per value, as given).</param>
    public static MemberColumns Read(IndexReader reader, IEnumerable<int> docs, IEnumerable<string> fields)
    {
        var places = DocPlaces.Of(reader.MaxDoc, docs);
        var columns = new MemberColumns(places);
        foreach (var field in fields)
        {
            var values = columns._values[field] = new string?[places.Count];
            foreach (var leaf in reader.Leaves)
            {
                var terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                var segment = places.Segment(leaf.DocBase, leaf.AtomicReader.MaxDoc);
                DocsEnum? postings = null;
                while (terms is not null && terms.MoveNext())
                {
                    string? value = null;
                    postings = terms.Docs(leaf.AtomicReader.LiveDocs, postings, DocsFlags.NONE);
                    for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                    {
                        if (segment[doc] is var place and >= 0)
                        {
                            values[place] = value ??= terms.Term.Utf8ToString();
                        }
                    }
                }
            }
        }
        return columns;
    }

    /// <summary>A document's value of a field, or null.</summary>
    public string? Get(string field, int doc) => _places[doc] is var place and >= 0 ? _values[field][place] : null;

    /// <summary>The fields a listing of copies reads this way.</summary>
    public static IReadOnlyList<string> Listed { get; } =
        [FieldNames.Id, FieldNames.Published, FieldNames.SourceKey, FieldNames.BylineKey,
         FieldNames.CommentArticle, FieldNames.CommentId, FieldNames.CommentPublished, FieldNames.Commenter];
}
