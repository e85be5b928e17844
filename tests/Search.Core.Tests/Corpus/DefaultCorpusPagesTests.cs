using Search.Core.Corpus.Templates;

namespace Search.Core.Tests.Corpus;

/// <summary>
/// The five pages of corpus/ and what each must give, as the ingest issue's table states: the article of each is
/// in DefaultCorpus/ beside this test (<c>ID.expected.json</c>); none has warnings.
/// </summary>
public class DefaultCorpusPagesTests
{
    private static readonly string ExpectedFolder = ExpectedFile.InSourceTree("Corpus", "DefaultCorpus");

    public static TheoryData<string> Pages => PageExpectation.PagesIn(RepositoryPaths.DefaultCorpus);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Corpus_page_reads_as_its_expected_article_without_warnings(string page) =>
        PageExpectation.AssertReadsAsExpected(RepositoryPaths.DefaultCorpus, page, ExpectedFolder);

    [Theory]
    [InlineData("000_2bf88532322e37d8.txt", nameof(PlainNumberedCommentsTemplate))]
    [InlineData("001_00ead3c6dcb612e8.txt", nameof(WpDiscuzTemplate))]
    [InlineData("002_8c9b06bed0a07476.txt", nameof(WordPressTemplate))]
    [InlineData("003_7fdfd134df6d3be8.txt", nameof(WpDiscuzTemplate))]
    [InlineData("004_cf40159e0b81012a.txt", nameof(BloggerTemplate))]
    public void Corpus_page_is_read_by_the_template_of_its_kind(string page, string template) =>
        Assert.Equal(template, PageExpectation.TemplateFor(RepositoryPaths.DefaultCorpus, page));
}
