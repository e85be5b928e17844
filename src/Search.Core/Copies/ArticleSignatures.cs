using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.Core.Copies;

/// <summary>The <see cref="CopySignature"/> of every live article that has one, read from its column in one pass.</summary>
internal sealed class ArticleSignatures
{
    private readonly byte[] _bytes;

    /// <summary>Signatures as given: <paramref name="bytes"/> holds one of <see cref="CopySignature.Length"/> bytes per document.</summary>
    internal ArticleSignatures(int[] docs, byte[] bytes) => (Docs, _bytes) = (docs, bytes);

    /// <summary>The articles' documents (index-wide numbers), in increasing order.</summary>
    public int[] Docs { get; }

    /// <summary>How many articles have a signature.</summary>
    public int Count => Docs.Length;

    /// <summary>The signature of the article at a position in <see cref="Docs"/>.</summary>
    public ReadOnlySpan<byte> this[int index] => _bytes.AsSpan(index * CopySignature.Length, CopySignature.Length);

    /// <summary>Reads the signatures of an index.</summary>
    public static ArticleSignatures Read(IndexReader reader)
    {
        // Counted first, so the signatures (128 bytes an article) are read into one array of the right size.
        var count = 0;
        foreach (var leaf in reader.Leaves)
        {
            var has = leaf.AtomicReader.GetDocsWithField(FieldNames.CopySignature);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; has is not null && doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                count += has.Get(doc) && (live is null || live.Get(doc)) ? 1 : 0;
            }
        }
        var docs = new int[count];
        var bytes = new byte[count * CopySignature.Length];
        var filled = 0;
        var value = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (segment.GetBinaryDocValues(FieldNames.CopySignature) is not { } values)
            {
                continue;
            }
            var has = segment.GetDocsWithField(FieldNames.CopySignature);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (!has.Get(doc) || (live is not null && !live.Get(doc)))
                {
                    continue;
                }
                values.Get(doc, value);
                if (value.Length == CopySignature.Length)
                {
                    docs[filled] = leaf.DocBase + doc;
                    value.Bytes.AsSpan(value.Offset, value.Length).CopyTo(bytes.AsSpan(filled++ * CopySignature.Length));
                }
            }
        }
        // Fewer only when a value had the wrong length (an index written by something else).
        return filled == count ? new(docs, bytes) : new(docs[..filled], bytes[..(filled * CopySignature.Length)]);
    }

    /// <summary>The position of a document in <see cref="Docs"/>, or a negative number.</summary>
    public int IndexOf(int doc) => Array.BinarySearch(Docs, doc);
}
