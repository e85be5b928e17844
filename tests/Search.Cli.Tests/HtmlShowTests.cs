using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary>
/// <c>search show ID</c> on a saved HTML page: the WordPress fixture of the core tests, the only file of a corpus of
/// its own, indexed and shown as text and as JSON. The golden files are the review of what a reader of the command
/// line sees of a web page: the headline without the site's name, byline, date, source and url, a body without the
/// page's menus, caption, share buttons, comments or form, and the thread with the reply under its parent.
/// </summary>
public sealed class HtmlShowTests
{
    private const string Id = "wordpress-thread";

    // The fixture of the reader's own tests, read where it is kept rather than copied here, so the two cannot drift.
    private static readonly string Page =
        Path.Combine(RepositoryPaths.Root, "tests", "Search.Core.Tests", "Fixtures", "Html", Id + ".html");

    [Fact]
    public void Show_prints_a_saved_html_page_with_its_thread()
    {
        using var workspace = IndexedPage();

        var run = workspace.Search("show", Id);

        CliAssert.Succeeded(run);
        Golden.AssertMatches("show-html-page", run.Out);
        // What the golden file must say, spelled out so a wrong golden cannot be accepted by accident.
        var lines = run.OutLines;
        Assert.Equal("The Ferry That Never Left Kettle Sound", lines[0]);
        Assert.Contains("source:    Harbour Lights Gazette", lines);
        Assert.Contains("author:    Morwenna Tregarthen", lines);
        Assert.Contains("url:       https://harbourlights.example/the-ferry-that-never-left-kettle-sound/", lines);
        Assert.Contains("file:      corpus/wordpress-thread.html", lines);
        Assert.Contains("3 comments", lines);
        Assert.Equal(
            [
                "[c1] Elowen Rowe · 2022-09-14T09:12:00Z",
                "    [c2] Jory Pascoe (reply to c1) · 2022-09-14T11:47:00Z",
                "[c3] Kitto Bray · 2022-09-15T06:05:00Z",
            ],
            lines.Where(l => l.TrimStart().StartsWith("[c", StringComparison.Ordinal)));
        foreach (var chrome in new[] { "Skip to content", "Share this", "Facebook", "figcaption", "mooring in Penvose", "Leave a Reply", "Pingback", "Recent Comments", "Proudly powered" })
        {
            Assert.DoesNotContain(chrome, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Show_json_prints_a_saved_html_page_in_the_interchange_format()
    {
        using var workspace = IndexedPage();

        var run = workspace.Search("show", Id, "--json");

        CliAssert.Succeeded(run);
        Golden.AssertMatches("show-html-page-json", run.Out);
        using var json = JsonDocument.Parse(run.Out);
        var article = json.RootElement;
        Assert.Equal(Id, article.GetProperty("id").GetString());
        Assert.Equal("The Ferry That Never Left Kettle Sound", article.GetProperty("title").GetString());
        Assert.Equal("Morwenna Tregarthen", article.GetProperty("author").GetString());
        var comments = article.GetProperty("comments");
        Assert.Equal(3, comments.GetArrayLength());
        Assert.Equal("c1", comments[1].GetProperty("parent").GetString());
        Assert.Equal(JsonValueKind.Null, comments[2].GetProperty("parent").ValueKind);
    }

    /// <summary>A corpus of the one page, indexed; commands print its file as <c>corpus/wordpress-thread.html</c>.</summary>
    private static TempCorpus IndexedPage()
    {
        var workspace = new TempCorpus(copyDefaultCorpus: false);
        try
        {
            File.Copy(Page, Path.Combine(workspace.Corpus, Path.GetFileName(Page)));
            var index = workspace.Search("index");
            CliAssert.Succeeded(index);
            return workspace;
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }
}
