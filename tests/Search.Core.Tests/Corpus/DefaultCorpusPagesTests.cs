using Search.Core.Corpus;
using Search.Core.Corpus.Templates;

namespace Search.Core.Tests.Corpus;

/// <summary>The five pages of corpus/ and what each must give, as the ingest issue's table states.</summary>
public class DefaultCorpusPagesTests
{
    private static (Article Article, List<CorpusWarning> Warnings) Read(string id)
    {
        var warnings = new List<CorpusWarning>();
        var path = Path.Combine(RepositoryPaths.DefaultCorpus, id + ".txt");
        var article = Assert.Single(CorpusFileReader.Read(path, id + ".txt", warnings));
        return (article, warnings);
    }

    private static IPageTemplate TemplateOf(string id) =>
        PageReader.TemplateFor(Page.FromText(id, id + ".txt",
            TextDecoder.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.DefaultCorpus, id + ".txt")), id, [])!));

    [Fact]
    public void Page000_is_a_plain_page_with_two_anonymous_top_level_comments()
    {
        var (a, warnings) = Read("000_2bf88532322e37d8");
        Assert.Empty(warnings);
        Assert.IsType<PlainNumberedCommentsTemplate>(TemplateOf(a.Id));
        Assert.Equal("000_2bf88532322e37d8", a.Id);
        Assert.Equal("Russian Foreign Policy Strategy", a.Title);
        Assert.Null(a.Published);
        Assert.StartsWith("We just received a copy of the newly released Russian Foreign Policy Strategy paper.", a.Body);
        Assert.EndsWith("to shape a renewed, more stable international security architecture,” the document said.", a.Body);
        Assert.Collection(a.Comments,
            c => Assert.Equal(new Comment("c1", null, 0, null, null,
                "Let there be peace on earth and let it begin with me. God is our Father. Brothers all are we."), c),
            c =>
            {
                Assert.Equal(("c2", (string?)null, 0, (string?)null), (c.Id, c.ParentId, c.Depth, c.Author));
                Assert.StartsWith("“Multipolarity” is just another word", c.Body);
            });
    }

    [Fact]
    public void Page001_is_wpDiscuz_with_a_named_and_an_anonymous_comment()
    {
        var (a, warnings) = Read("001_00ead3c6dcb612e8");
        Assert.Empty(warnings);
        Assert.IsType<WpDiscuzTemplate>(TemplateOf(a.Id));
        Assert.Equal("Putin Approves New Concept of Russia’s Foreign Policy", a.Title);
        Assert.Equal("SouthFront", a.Source);
        Assert.Null(a.Published);
        Assert.StartsWith("A new concept of foreign policy of the country has been approved", a.Body);
        Assert.DoesNotContain("Support SouthFront", a.Body);
        Assert.DoesNotContain("JUNE 2023", a.Body);
        Assert.DoesNotContain("2,500 $", a.Body);
        Assert.DoesNotContain("Putin Approves New Concept", a.Body);
        Assert.Collection(a.Comments,
            c =>
            {
                Assert.Equal(("c1", (string?)null, 0, "Igor Ochocinszk"), (c.Id, c.ParentId, c.Depth, c.Author));
                Assert.Equal("“Ukraine” doesn’t deserve even that single mention it did receive.", c.Body);
            },
            c =>
            {
                Assert.Equal(("c2", (string?)null, 0, (string?)null), (c.Id, c.ParentId, c.Depth, c.Author));
                Assert.StartsWith("Even before the end of WW2", c.Body);
                Assert.EndsWith("with the hidden intention of destroying it.", c.Body);
                Assert.DoesNotContain("Would love your thoughts", c.Body);
            });
    }

    [Fact]
    public void Page002_is_WordPress_with_a_reply_and_a_continued_comment()
    {
        var (a, warnings) = Read("002_8c9b06bed0a07476");
        Assert.Empty(warnings);
        Assert.IsType<WordPressTemplate>(TemplateOf(a.Id));
        Assert.Equal("Moscow Calls for Strengthened Cooperation Between All Nations Facing Foreign Pressure", a.Title);
        Assert.Null(a.Published);
        Assert.Equal("RT", a.Source);
        Assert.StartsWith("Moscow aims to defend the emerging multipolar world order", a.Body);
        Assert.DoesNotContain("thoughts on", a.Body);
        Assert.Collection(a.Comments,
            c =>
            {
                Assert.Equal(("c1", (string?)null, 0, (string?)null), (c.Id, c.ParentId, c.Depth, c.Author));
                Assert.StartsWith("All very dubious.", c.Body);
                Assert.EndsWith("\n\nTherefore something is not what it seems And the clue is England’s timely withdrawal from NATO in 2020.", c.Body);
            },
            c =>
            {
                Assert.Equal(("c2", "c1", 1, (string?)null), (c.Id, c.ParentId, c.Depth, c.Author));
                Assert.StartsWith("I don’t know about the clue", c.Body);
                Assert.DoesNotContain("Leave a Reply", c.Body);
            });
    }

    [Fact]
    public void Page003_is_wpDiscuz_with_three_named_and_two_anonymous_comments()
    {
        var (a, warnings) = Read("003_7fdfd134df6d3be8");
        Assert.Empty(warnings);
        Assert.IsType<WpDiscuzTemplate>(TemplateOf(a.Id));
        Assert.Equal("Russia changes foreign policy orientation", a.Title);
        Assert.Equal("SouthFront", a.Source);
        Assert.Null(a.Published);
        Assert.StartsWith("Original by Andrey Bortsov", a.Body);
        Assert.Equal(
            ["Tomko Kubianca", "Robert McMaster", "Tomko Kubianca", null, null],
            a.Comments.Select(c => c.Author));
        Assert.All(a.Comments, c => Assert.Null(c.ParentId));
        Assert.Equal(["c1", "c2", "c3", "c4", "c5"], a.Comments.Select(c => c.Id));
        Assert.Equal(3, a.Comments[0].Body.Split("\n\n").Length);
        Assert.Equal(4, a.Comments[2].Body.Split("\n\n").Length);
        Assert.StartsWith("Putin’s Russian terrorists-in-uniforms", a.Comments[3].Body);
        Assert.StartsWith("Shut the fuck up scumbag.", a.Comments[4].Body);
    }

    [Fact]
    public void Page004_is_Blogger_with_its_date_and_no_comments()
    {
        var (a, warnings) = Read("004_cf40159e0b81012a");
        Assert.Empty(warnings);
        Assert.IsType<BloggerTemplate>(TemplateOf(a.Id));
        Assert.Equal("Lavrov: Moscow’s New Foreign Policy Concept Calls Out US as Main Instigator of Anti-Russian Crusade", a.Title);
        Assert.Equal("2023-04-01", a.Published);
        Assert.Empty(a.Comments);
        Assert.DoesNotContain("Lavrov: Moscow’s New Foreign Policy Concept Calls Out", a.Body);
        Assert.DoesNotContain("No comments:", a.Body);
        Assert.EndsWith("to combat international terrorism and piracy.", a.Body);
    }
}
