using Search.Core.Corpus;
using Search.Core.Corpus.Templates;

namespace Search.Core.Tests.Corpus;

/// <summary>
/// Each page template, on a small page of its own kind in Fixtures/Templates, beside the article it must read as
/// (<c>X.expected.json</c>) and its warnings where it has any (<c>X.expected.warnings.txt</c>): adding a pair adds a test.
/// </summary>
public class PageTemplateTests
{
    private static readonly string Folder = ExpectedFile.InSourceTree("Fixtures", "Templates");

    public static TheoryData<string> Pages => PageExpectation.PagesIn(Folder);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Fixture_page_reads_as_its_expected_article_and_warnings(string page) =>
        PageExpectation.AssertReadsAsExpected(Folder, page, Folder);

    // The expected files say what a page gives, not which template gave it: a page of one kind that another
    // template happened to read the same way would still be a wrong reading.
    [Theory]
    [InlineData("wpdiscuz.txt", nameof(WpDiscuzTemplate))]
    [InlineData("wordpress.txt", nameof(WordPressTemplate))]
    [InlineData("blogger.txt", nameof(BloggerTemplate))]
    [InlineData("plain-numbered.txt", nameof(PlainNumberedCommentsTemplate))]
    [InlineData("unrecognised.txt", nameof(UnrecognisedPage))]
    public void Fixture_page_is_read_by_the_template_of_its_kind(string page, string template) =>
        Assert.Equal(template, PageExpectation.TemplateFor(Folder, page));

    [Fact]
    public void Numbered_list_inside_an_article_is_not_taken_for_comments()
    {
        var page = Page.FromText("p", "p.txt", "Title\n\nIntro.\n\n  1. a point\n\n  2. another point\n\nConclusion.\n");
        Assert.IsType<UnrecognisedPage>(PageReader.TemplateFor(page));
    }

    [Fact]
    public void Short_paragraph_ending_in_punctuation_is_not_taken_for_an_author()
    {
        string[] lines = ["Sensible.", "", "More text follows."];
        Assert.False(CommentAuthorLine.IsAuthor(lines, 0));
        Assert.True(CommentAuthorLine.IsAuthor(["Robert McMaster", "", "The U.S. has just run out of gas."], 0));
    }
}
