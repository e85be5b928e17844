using System.Buffers;
using System.Text;
using System.Text.Json;
using Search.Core.Corpus;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Tests.Indexing;

/// <summary>Writing the indexed articles in the interchange format and indexing that gives the same articles back.</summary>
public class ExportRoundTripTests
{
    // One JSON line per article, in index order.
    private static List<string> Export(string index)
    {
        using var articles = ArticleIndex.Open(index, IndexSchema.Current);
        var lines = new List<string>();
        foreach (var stored in articles.Articles())
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(buffer))
            {
                JsonArticleWriter.Write(json, stored.Article);
            }
            lines.Add(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
        return lines;
    }

    [Fact]
    public void Default_corpus_exported_and_indexed_again_gives_the_same_articles()
    {
        using var exported = new IndexedJsonLines();
        var firstIndex = exported.Folder["first-index"];
        CorpusIndexer.Run(new IndexRequest(RepositoryPaths.DefaultCorpus, firstIndex));
        var first = Export(firstIndex);
        exported.Write("all.jsonl", first);

        var summary = exported.RunIndexer();
        Assert.Empty(summary.Warnings);
        var second = Export(exported.Index);

        Assert.Equal(first, second);
        using var index = exported.OpenArticles();
        var article = index.Find("002_8c9b06bed0a07476")!.Article;
        Assert.Equal([(null, 0), ("c1", 1)], article.Comments.Select(c => (c.ParentId, c.Depth)));
        Assert.Equal(11, index.Stats().Comments);
    }

    [Fact]
    public void Generated_articles_exported_give_back_every_field_of_the_input()
    {
        using var corpus = new IndexedJsonLines();
        Directory.CreateDirectory(corpus.Corpus);
        var input = Path.Combine(corpus.Corpus, "generated.jsonl");
        GeneratedCorpus.WriteJsonLines(input, articles: 100, bodyWords: 40, seed: 11);
        var inputLines = File.ReadAllLines(input);
        // Every field has a value somewhere (urls, comment times, authors, replies), or its loss could not show.
        Assert.Empty(InterchangeFields.WithoutValues(inputLines));

        var summary = corpus.RunIndexer();

        Assert.Empty(summary.Warnings);
        // Against the input itself: a field the reader or the writer drops would survive a comparison of two exports.
        Assert.Equal(InterchangeFields.Of(inputLines), InterchangeFields.Of(Export(corpus.Index)));
    }
}
