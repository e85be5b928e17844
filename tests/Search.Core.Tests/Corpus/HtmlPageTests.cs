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
}
