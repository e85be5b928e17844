using System.Text;
using Search.Core.Corpus;

namespace Search.Core.Tests.Corpus;

/// <summary>
/// Saved HTML pages of the kinds the HTML reader meets (WordPress, wpDiscuz, Blogger and schema.org comment threads,
/// a news page with no comments, malformed markup, binary, empty and mis-declared charsets), each a small invented
/// page in Fixtures/Html beside the article it must read as (<c>X.expected.json</c>, none when the page is skipped)
/// and its warnings where it has any (<c>X.expected.warnings.txt</c>): adding a pair adds a test.
/// </summary>
public class HtmlPageTests
{
    private static readonly string Folder = ExpectedFile.InSourceTree("Fixtures", "Html");

    public static TheoryData<string> Pages => PageExpectation.PagesIn(Folder, "*.html");

    [Theory]
    [MemberData(nameof(Pages))]
    public void Html_page_reads_as_its_expected_article_and_warnings(string page) =>
        PageExpectation.AssertReadsAsExpected(Folder, page, Folder);

    // A parser spends time in proportion to the depth for each tag: 100,000 nested elements took minutes.
    [Fact]
    public void Page_nested_deeper_than_a_browser_builds_is_read_as_text_with_a_warning()
    {
        var html = "<html><body><h1>Nested all the way down</h1>" + string.Concat(Enumerable.Repeat("<div>", 5_000))
            + "<p>The words at the bottom of the page still reach the index, even though the markup around them is not read.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 5_000)) + "</body></html>";
        var warnings = new List<CorpusWarning>();

        var article = Assert.Single(CorpusFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), "deep.html", warnings));

        Assert.Contains("The words at the bottom of the page still reach the index", article.Title + article.Body, StringComparison.Ordinal);
        Assert.Contains(warnings, w => w.Message.Contains("nested more than 512 deep", StringComparison.Ordinal));
        Assert.DoesNotContain("<div>", article.Body, StringComparison.Ordinal);
    }

    // Readability's scoring grows faster than the page; a page of more elements than any real one is read from its
    // body instead, whole.
    [Fact]
    public void Page_of_more_elements_than_readability_scores_keeps_every_paragraph()
    {
        var paragraphs = Enumerable.Range(1, 25_000).Select(i => $"Paragraph number {i} of a very long record of the council's minutes, kept whole.");
        var html = "<html><head><title>Council minutes</title></head><body><nav><a href=\"/\">Home</a></nav><h1>Council minutes</h1>"
            + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</body></html>";

        var article = Assert.Single(CorpusFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), "minutes.html", []));

        Assert.Equal("Council minutes", article.Title);
        Assert.Equal(paragraphs, article.Paragraphs);
    }
}
