using System.Text;
using Search.Core.Corpus;

namespace Search.Core.Tests.Corpus;

/// <summary>Articles in the interchange format, as .jsonl and .json files.</summary>
public class JsonArticleReadingTests
{
    private static (List<Article> Articles, List<CorpusWarning> Warnings) Read(string name, string text)
    {
        var warnings = new List<CorpusWarning>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return (CorpusFileReader.Read(stream, name, warnings).ToList(), warnings);
    }

    [Fact]
    public void Json_lines_give_one_article_per_line_with_the_thread()
    {
        var (articles, warnings) = Read("export.jsonl",
            """
            {"id": "a1", "title": "Hybrid war", "source": "Example News", "url": "https://example.org/a1", "published": "2023-04-01", "body": "First.\n\nSecond.", "comments": [{"id": "c1", "parent": null, "author": "Ann", "published": "2023-04-02T10:00:00Z", "body": "Yes."}, {"id": "c2", "parent": "c1", "author": null, "body": "No."}]}
            {"title": "Only a title"}
            """);
        Assert.Empty(warnings);
        Assert.Equal(2, articles.Count);
        var a = articles[0];
        Assert.Equal(("a1", "Hybrid war", "Example News", "https://example.org/a1", "2023-04-01", "First.\n\nSecond."),
            (a.Id, a.Title, a.Source, a.Url, a.Published, a.Body));
        Assert.Equal(
            [
                new Comment("c1", null, 0, "Ann", "2023-04-02T10:00:00Z", "Yes."),
                new Comment("c2", "c1", 1, null, null, "No."),
            ],
            a.Comments);
        Assert.Equal("export-2", articles[1].Id);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_file_line_and_reason_and_the_others_load()
    {
        var (articles, warnings) = Read("feed.jsonl",
            """
            {"id": "good1", "body": "fine"}
            {"id": "broken", "body": "missing brace"
            {"id": 7, "title": ["not", "a", "string"]}
            [1, 2, 3]
            {"id": "empty"}

            {"id": "good2", "title": "also fine"}
            """);
        Assert.Equal(["good1", "good2"], articles.Select(a => a.Id));
        Assert.Collection(warnings,
            w => Assert.Equal(("feed.jsonl", (int?)2), (w.Path, w.Line)),
            w => Assert.Equal((3, "\"title\" must be a string, found an array; line skipped"), (w.Line!.Value, w.Message)),
            w => Assert.Equal((4, "expected an article object, found an array; line skipped"), (w.Line!.Value, w.Message)),
            w => Assert.Equal((5, "has neither \"title\" nor \"body\"; line skipped"), (w.Line!.Value, w.Message)));
        Assert.StartsWith("feed.jsonl:2: not valid JSON", warnings[0].ToString());
    }

    [Fact]
    public void Json_file_holds_one_article_or_an_array()
    {
        var (single, _) = Read("one.json", """{"title": "T", "body": "B"}""");
        Assert.Equal("one", Assert.Single(single).Id);

        var (many, warnings) = Read("many.json", """[{"title": "A"}, {"body": 5}, {"id": "x", "body": "C"}]""");
        Assert.Equal(["many-1", "x"], many.Select(a => a.Id));
        Assert.Equal("item 2: \"body\" must be a string, found a number; skipped", Assert.Single(warnings).Message);
    }

    [Fact]
    public void Deeply_nested_json_is_refused_as_one_bad_line()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var (articles, warnings) = Read("deep.jsonl", deep + "\n{\"body\": \"after\"}\n");
        Assert.Equal("deep-2", Assert.Single(articles).Id);
        Assert.Equal(1, Assert.Single(warnings).Line);
    }

    [Fact]
    public void A_reply_to_an_unknown_comment_is_kept_at_top_level_with_a_warning()
    {
        var (articles, warnings) = Read("t.jsonl",
            """{"id": "a", "body": "b", "comments": [{"parent": "zz", "body": "orphan"}, {"parent": "c1", "body": "reply"}]}""");
        var comments = Assert.Single(articles).Comments;
        Assert.Equal([(null, 0), ("c1", 1)], comments.Select(c => (c.ParentId, c.Depth)));
        Assert.Contains("replies to unknown comment zz", Assert.Single(warnings).Message);
    }

    [Fact]
    public void An_unparseable_date_is_left_out_with_a_warning_and_the_article_kept()
    {
        var (articles, warnings) = Read("d.jsonl", """{"id": "a", "body": "b", "published": "last Tuesday"}""");
        Assert.Null(Assert.Single(articles).Published);
        Assert.Contains("\"published\" is not a date", Assert.Single(warnings).Message);
    }

    [Theory]
    [InlineData("2023-04-01", "2023-04-01")]
    [InlineData("2023-4-1", "2023-04-01")]
    [InlineData("2023-04-01T12:30:00Z", "2023-04-01T12:30:00Z")]
    [InlineData("2023-04-01T12:30:00+02:00", "2023-04-01T10:30:00Z")]
    [InlineData("2023-04-01 12:30:00", "2023-04-01T12:30:00")]
    [InlineData("not a date", null)]
    public void Dates_are_normalised_to_iso_8601(string given, string? expected) =>
        Assert.Equal(expected, IsoDate.Normalize(given));
}
