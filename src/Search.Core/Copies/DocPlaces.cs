namespace Search.Core.Copies;

/// <summary>
/// Some documents of an index numbered 0, 1, 2, ... in document order, so that what is kept of each goes in an
/// array: the copies' members at a million articles are two million, and hash tables of that size, looked up for
/// every posting read, made a listing slower per member than at 100,000 articles.
/// </summary>
internal sealed class DocPlaces
{
    private readonly int[] _places;

    private DocPlaces(int[] places, int count) => (_places, Count) = (places, count);

    /// <summary>How many documents have a place.</summary>
    public int Count { get; }

    /// <summary>A document's place (index-wide number), or -1 for one not given.</summary>
    public int this[int doc] => _places[doc];

    /// <summary>Each segment's documents' places, by the segment's first document and size.</summary>
    public ReadOnlySpan<int> Segment(int docBase, int maxDoc) => _places.AsSpan(docBase, maxDoc);

    /// <summary>Numbers the documents given.</summary>
    /// <param name="maxDoc">The index's number of documents.</param>
    /// <param name="docs">The documents (index-wide numbers); one given twice has one place.</param>
    public static DocPlaces Of(int maxDoc, IEnumerable<int> docs)
    {
        var places = new int[maxDoc];
        Array.Fill(places, -1);
        foreach (var doc in docs)
        {
            places[doc] = 0;
        }
        var count = 0;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (places[doc] == 0)
            {
                places[doc] = count++;
            }
        }
        return new DocPlaces(places, count);
    }
}
