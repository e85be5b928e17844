using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Search.Core.Tests.Schema;

/// <summary>How the index keeps the length norms that ranking reads for every document it scores.</summary>
public sealed class RankingNormsTests : IDisposable
{
    private readonly IndexedJsonLines _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void A_field_without_words_keeps_its_norm_in_the_signed_byte_range_as_java_lucene_stores_it()
    {
        // "The" is a stop word, so the headline's searched field has no words; "!!!" has none in any field.
        _corpus.Write("a.jsonl",
            """{"id": "empty", "title": "The", "body": "Sanctions were discussed.", "comments": [{"body": "!!!"}]}""",
            """{"id": "full", "title": "Notes on sanctions", "body": "Sanctions were discussed at length.", "comments": [{"body": "Agreed."}]}""");
        _corpus.RunIndexer();

        var title = NormsOf("title");
        var commentText = NormsOf("comment_text");

        // Lucene.Net's BM25 gives an empty field the norm 255; stored as such it would push the segment's norms into
        // a table of packed ordinals. Stored as -1, the same eight bits, they stay one plain byte per document.
        Assert.Contains(-1L, title);
        Assert.Contains(-1L, commentText);
        Assert.All(title.Concat(commentText), norm => Assert.InRange(norm, sbyte.MinValue, sbyte.MaxValue));
        Assert.Contains(title, norm => norm > 0);
    }

    private List<long> NormsOf(string field)
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(_corpus.Index));
        var norms = new List<long>();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNormValues(field);
            for (var doc = 0; values is not null && doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (leaf.AtomicReader.LiveDocs?.Get(doc) != false)
                {
                    norms.Add(values.Get(doc));
                }
            }
        }
        return norms;
    }
}
