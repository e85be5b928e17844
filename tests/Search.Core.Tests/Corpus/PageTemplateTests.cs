using Search.Core.Corpus;
using Search.Core.Corpus.Templates;

namespace Search.Core.Tests.Corpus;

/// <summary>Each page template, on a small page of its own kind beside this test (Fixtures/Templates).</summary>
public class PageTemplateTests
{
    private static (Article? Article, IPageTemplate Template, List<CorpusWarning> Warnings) Read(string name)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Fixture("Templates", name));
        var warnings = new List<CorpusWarning>();
        var text = TextDecoder.Decode(bytes, name, warnings)!;
        var page = Page.FromText(Path.GetFileNameWithoutExtension(name), name, text);
        return (PageReader.Read(page, warnings), PageReader.TemplateFor(page), warnings);
    }

    [Fact]
    public void WpDiscuz_page_gives_named_and_anonymous_comments_and_drops_chrome()
    {
        var (a, template, warnings) = Read("wpdiscuz.txt");
        Assert.IsType<WpDiscuzTemplate>(template);
        Assert.Empty(warnings);
        Assert.Equal("Hybrid War in the Baltics", a!.Title);
        Assert.Equal("SouthFront", a.Source);
        Assert.Equal("The term hybrid war keeps coming back in Baltic coverage.\n\nAnalysts disagree about what it means.", a.Body);
        Assert.Equal(
            [
                new Comment("c1", null, 0, "Anna K", null, "This is hybrid war by another name.\n\nIt has been for years."),
                new Comment("c2", null, 0, "Old Sailor", null, "Nonsense."),
                new Comment("c3", null, 0, null, null, "Nobody signs their comments any more."),
            ],
            a.Comments);
    }

    [Fact]
    public void WordPress_page_nests_replies_by_indentation_and_continues_comments()
    {
        var (a, template, warnings) = Read("wordpress.txt");
        Assert.IsType<WordPressTemplate>(template);
        Assert.Empty(warnings);
        Assert.Equal("Russkiy Mir and its critics", a!.Title);
        Assert.Equal("The idea of a Russian World is older than the word.\n\nIts critics call it a pretext.", a.Body);
        Assert.Equal(
            [
                new Comment("c1", null, 0, null, null, "First comment, top level.\n\nIt goes on in a second paragraph."),
                new Comment("c2", "c1", 1, null, null, "A reply to the first comment."),
                new Comment("c3", "c2", 2, null, null, "A reply to the reply."),
                new Comment("c4", null, 0, null, null, "Second top-level comment."),
            ],
            a.Comments);
    }

    [Fact]
    public void Blogger_page_takes_its_date_and_said_comments()
    {
        var (a, template, warnings) = Read("blogger.txt");
        Assert.IsType<BloggerTemplate>(template);
        Assert.Empty(warnings);
        Assert.Equal("Multipolar World, Again", a!.Title);
        Assert.Equal("2024-03-05", a.Published);
        Assert.Equal("The phrase multipolar world is everywhere this spring.\n\nNot everyone agrees.", a.Body);
        Assert.Equal(
            [
                new Comment("c1", null, 0, "Jane Roe", null, "Agreed, it is everywhere."),
                new Comment("c2", null, 0, null, null, "Who coined it?"),
            ],
            a.Comments);
    }

    [Fact]
    public void Plain_page_takes_the_numbered_list_after_blank_lines_as_comments()
    {
        var (a, template, warnings) = Read("plain-numbered.txt");
        Assert.IsType<PlainNumberedCommentsTemplate>(template);
        Assert.Empty(warnings);
        Assert.Equal("The Concept in Brief", a!.Title);
        Assert.Equal("A short article about the concept.\n\nIt has two paragraphs.", a.Body);
        Assert.Equal(
            [
                new Comment("c1", null, 0, null, null, "A first reader comment."),
                new Comment("c2", null, 0, null, null, "A second reader comment.\n\nWith a continuation line."),
                new Comment("c3", "c2", 1, null, null, "And a reply to it."),
            ],
            a.Comments);
    }

    [Fact]
    public void Page_of_no_known_template_is_title_and_body_with_a_warning_naming_the_file()
    {
        var (a, template, warnings) = Read("unrecognised.txt");
        Assert.IsType<UnrecognisedPage>(template);
        Assert.Equal("Just a Headline", a!.Title);
        Assert.Equal("Some text that fits no known page layout.\n\nMore text.", a.Body);
        Assert.Empty(a.Comments);
        var warning = Assert.Single(warnings);
        Assert.Equal("unrecognised.txt", warning.Path);
        Assert.Contains("no known page template", warning.Message);
    }

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
