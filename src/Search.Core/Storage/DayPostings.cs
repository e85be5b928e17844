using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Schema;

namespace Search.Core.Storage;

/// <summary>
/// The day of each live document of one segment, read from the postings of a day field (<c>day</c>,
/// <c>comment_day</c>): one term per day, so a whole segment is read in one pass over a few thousand terms, where
/// stored fields would be a decompression per document (ARCHITECTURE.md says why not doc values).
/// </summary>
internal static class DayPostings
{
    /// <summary>Calls <paramref name="each"/> with every live document that has a day, and its day number.</summary>
    /// <param name="reader">The segment.</param>
    /// <param name="field">The day field.</param>
    /// <param name="each">Called with the document and its <see cref="DayNumber"/>, day by day, documents in order within a day.</param>
    public static void Read(AtomicReader reader, string field, Action<int, int> each)
    {
        var terms = reader.GetTerms(field)?.GetEnumerator();
        DocsEnum? postings = null;
        while (terms is not null && terms.MoveNext())
        {
            var day = Day(terms.Term, field);
            postings = terms.Docs(reader.LiveDocs, postings, DocsFlags.NONE);
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                each(doc, day);
            }
        }
    }

    private static int Day(BytesRef term, string field) =>
        DayNumber.Of(term.Bytes.AsSpan(term.Offset, term.Length)) ?? throw new InvalidDataException($"{field} holds a term that is not a day");
}
