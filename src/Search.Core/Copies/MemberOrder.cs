using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Copies;

/// <summary>
/// The order the members of a group of copies are listed and counted in: earliest first, undated last, and on one
/// day by id (an article by its own, a comment by its article's and then its place in the thread). Never by document
/// number alone: two indexing threads interleave documents differently in every build, and the same corpus must list
/// its copies alike and count each group under the same member.
/// </summary>
internal sealed class MemberOrder
{
    private readonly DocPlaces _places;
    private readonly (int Day, string Article, int Place)[] _keys;

    private MemberOrder(DocPlaces places, (int Day, string Article, int Place)[] keys) => (_places, _keys) = (places, keys);

    /// <summary>Reads the keys of the members: their days, their articles' ids, where their threads lie.</summary>
    /// <param name="reader">The index.</param>
    /// <param name="members">The members' documents (index-wide numbers).</param>
    public static MemberOrder Read(IndexReader reader, IReadOnlyCollection<int> members)
    {
        var places = DocPlaces.Of(reader.MaxDoc, members);
        var keys = new (int Day, string Article, int Place)[places.Count];
        if (places.Count == 0)
        {
            return new MemberOrder(places, keys);
        }
        var days = Days(reader);
        var layout = ThreadLayout.Read(reader);
        var id = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var ids = leaf.AtomicReader.GetBinaryDocValues(FieldNames.IdColumn);
            var (lastArticle, lastId) = (-1, "");
            var segment = places.Segment(leaf.DocBase, leaf.AtomicReader.MaxDoc);
            // In document order, so the ids' column is read front to back, each article's id once.
            for (var local = 0; local < segment.Length; local++)
            {
                if (segment[local] < 0)
                {
                    continue;
                }
                var (article, place) = layout.IsComment(leaf.Ord, local)
                    ? (layout.ArticleOf(leaf.Ord, local), local - layout.FirstComment(leaf.Ord, layout.ArticleOf(leaf.Ord, local)))
                    : (local, -1);
                if (article != lastArticle && ids is not null)
                {
                    ids.Get(article, id);
                    (lastArticle, lastId) = (article, id.Utf8ToString());
                }
                keys[segment[local]] = (days[leaf.Ord][local], lastId, place);
            }
        }
        return new MemberOrder(places, keys);
    }

    /// <summary>A member's key, to sort by: its day (int.MaxValue for none), its article's id, its place in the thread (-1 for the article itself).</summary>
    public (int Day, string Article, int Place) Key(int doc) => _keys[_places[doc]];

    /// <summary>Compares two keys: by day, then id (ordinal), then place in the thread.</summary>
    public static int Compare((int Day, string Article, int Place) a, (int Day, string Article, int Place) b) =>
        a.Day != b.Day ? a.Day.CompareTo(b.Day)
        : string.CompareOrdinal(a.Article, b.Article) is var byId and not 0 ? byId
        : a.Place.CompareTo(b.Place);

    // The day of every document of each segment: an article's, or the day a comment is counted under; int.MaxValue
    // for none.
    private static Dictionary<int, int[]> Days(IndexReader reader)
    {
        var days = new Dictionary<int, int[]>();
        foreach (var leaf in reader.Leaves)
        {
            var column = days[leaf.Ord] = new int[leaf.AtomicReader.MaxDoc];
            foreach (var field in FieldNames.DayColumns)
            {
                DayColumn.Of(leaf.AtomicReader, field)?.Fill(column, leaf.AtomicReader.LiveDocs, []);
            }
            // Filled with the day plus one, 0 for none.
            for (var doc = 0; doc < column.Length; doc++)
            {
                column[doc] = column[doc] == 0 ? int.MaxValue : column[doc] - 1;
            }
        }
        return days;
    }
}
