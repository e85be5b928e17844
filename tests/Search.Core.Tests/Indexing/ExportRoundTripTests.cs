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
    private static string Export(string index)
    {
        using var articles = ArticleIndex.Open(index, IndexSchema.Current);
        var text = new StringBuilder();
        foreach (var stored in articles.Articles())
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(buffer))
            {
                JsonArticleWriter.Write(json, stored.Article);
            }
            text.Append(Encoding.UTF8.GetString(buffer.WrittenSpan)).Append('\n');
        }
        return text.ToString();
    }

    [Fact]
    public void Default_corpus_exported_and_indexed_again_gives_the_same_articles()
    {
        using var dir = new TempFolder();
        CorpusIndexer.Run(new IndexRequest(RepositoryPaths.DefaultCorpus, dir["first"]));
        var first = Export(dir["first"]);
        dir.Write("exported/all.jsonl", first);

        var summary = CorpusIndexer.Run(new IndexRequest(dir["exported"], dir["second"]));
        Assert.Empty(summary.Warnings);
        var second = Export(dir["second"]);

        Assert.Equal(first, second);
        using var index = ArticleIndex.Open(dir["second"], IndexSchema.Current);
        var article = index.Find("002_8c9b06bed0a07476")!.Article;
        Assert.Equal([(null, 0), ("c1", 1)], article.Comments.Select(c => (c.ParentId, c.Depth)));
        Assert.Equal(11, index.Stats().Comments);
    }
}
