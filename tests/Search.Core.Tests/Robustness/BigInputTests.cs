using System.Text;
using Search.Core.Corpus;

namespace Search.Core.Tests.Robustness;

/// <summary>Inputs too big to be what they claim are skipped with a reason; deep threads index like any other.</summary>
public sealed class BigInputTests : IDisposable
{
    private readonly IndexedJsonLines _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void A_200_MB_page_is_skipped_with_a_reason_and_the_rest_indexed()
    {
        _corpus.Write("good.jsonl", "{\"id\": \"good\", \"body\": \"fine\"}");
        using (var huge = new FileStream(Path.Combine(_corpus.Corpus, "huge.txt"), FileMode.Create))
        {
            huge.SetLength(200L * 1024 * 1024);
        }
        var summary = _corpus.RunIndexer();
        Assert.Equal(1, summary.Articles);
        var warning = Assert.Single(summary.Warnings);
        Assert.Equal("huge.txt: 200 MB is more than one page can be (64 MB); skipped: split it, or convert it to JSON Lines", warning.ToString());
    }

    [Fact]
    public void An_overlong_json_line_is_skipped_without_being_held_in_memory()
    {
        var text = "{\"id\": \"a\", \"body\": \"one\"}\n{\"body\": \"" + new string('x', 5000) + "\"}\n{\"id\": \"c\", \"body\": \"three\"}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var reader = new ByteLineReader(stream, maxLineBytes: 1000);
        var lines = new List<(string, bool)>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add((Encoding.UTF8.GetString(line.Span), reader.LastLineTooLong));
        }
        Assert.Equal([("{\"id\": \"a\", \"body\": \"one\"}", false), ("", true), ("{\"id\": \"c\", \"body\": \"three\"}", false)], lines);
    }

    [Fact]
    public void A_thread_10000_replies_deep_indexes_and_reads_back()
    {
        const int depth = 10_000;
        _corpus.Write("deep.jsonl", $"{{\"id\": \"deep\", \"title\": \"A long quarrel\", \"comments\": {ReplyChainJson.Comments(depth)}}}");

        var summary = _corpus.RunIndexer();

        Assert.Equal((1L, (long)depth), (summary.Articles, summary.Comments));
        using var index = _corpus.OpenArticles();
        var thread = index.Find("deep")!.Article.Comments;
        Assert.Equal(depth - 1, thread[^1].Depth);
        Assert.Equal("c9999", thread[^1].ParentId);
    }
}
