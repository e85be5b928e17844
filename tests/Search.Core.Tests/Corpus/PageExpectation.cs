using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Search.Core.Corpus;
using Search.Core.Corpus.Templates;

namespace Search.Core.Tests.Corpus;

/// <summary>
/// A scraped page beside what it must read as: <c>X.expected.json</c>, the article in the interchange format as
/// <c>search show --json</c> prints it, and <c>X.expected.warnings.txt</c>, one warning a line as indexing reports
/// it, only for a page that has warnings (no file: no warnings). The warnings are a file of their own so that the
/// expected article stays exactly an interchange-format article, and a page that starts warning fails its test.
/// </summary>
internal static class PageExpectation
{
    // As search show --json writes an article: indented, quotes and non-Latin letters as themselves.
    private static readonly JsonWriterOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The page files of a folder, by name: its files matching a pattern that are not expected or actual files.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="pattern">Which files are pages, as <see cref="Directory.EnumerateFiles(string, string)"/> matches them; scraped text pages by default.</param>
    public static TheoryData<string> PagesIn(string folder, string pattern = "*.txt") =>
        new(Directory.EnumerateFiles(folder, pattern)
            .Select(path => Path.GetFileName(path))
            .Where(name => !name.Contains(".expected.", StringComparison.Ordinal) && !name.Contains(".actual.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal));

    /// <summary>Reads a page as indexing does and compares the article and warnings with the expected files.</summary>
    /// <param name="pageFolder">Where the page is.</param>
    /// <param name="page">The page's file name, which is also its path in the corpus (and so its id and warnings' path).</param>
    /// <param name="expectedFolder">Where its expected files are.</param>
    public static void AssertReadsAsExpected(string pageFolder, string page, string expectedFolder)
    {
        var warnings = new List<CorpusWarning>();
        var articles = CorpusFileReader.Read(Path.Combine(pageFolder, page), page, warnings).ToList();
        var stem = Path.Combine(expectedFolder, Path.GetFileNameWithoutExtension(page));
        // The warnings first: when a page gives no article, they say why.
        ExpectedFile.AssertMatches(stem + ".expected.warnings.txt", string.Concat(warnings.Select(w => w + "\n")), absentMeansEmpty: true);
        // A page that is skipped (binary, empty, no article text) has no expected article file: its warnings say
        // why, and an article appearing from it fails the test as any other difference does.
        Assert.True(articles.Count <= 1, $"{page} gave {articles.Count} articles; a page is one article or none");
        var article = articles.SingleOrDefault();
        ExpectedFile.AssertMatches(stem + ".expected.json", article is null ? "" : Json(article), absentMeansEmpty: article is null);
        if (article is not null)
        {
            AssertDepthsFollowParents(article);
        }
    }

    /// <summary>The name of the template that reads a page, which its expected files cannot show.</summary>
    /// <param name="pageFolder">Where the page is.</param>
    /// <param name="page">The page's file name.</param>
    public static string TemplateFor(string pageFolder, string page)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(pageFolder, page)), page, [])!;
        return PageReader.TemplateFor(Page.FromText(Path.GetFileNameWithoutExtension(page), page, text)).GetType().Name;
    }

    // The interchange format leaves a comment's depth to be derived from its parent, so the expected file cannot
    // show it: the template's depths must be exactly what the parents say.
    private static void AssertDepthsFollowParents(Article article)
    {
        var depths = new Dictionary<string, int>();
        foreach (var comment in article.Comments)
        {
            var parentDepth = -1;
            Assert.True(comment.ParentId is null || depths.TryGetValue(comment.ParentId, out parentDepth),
                $"comment {comment.Id} replies to {comment.ParentId}, which is not an earlier comment");
            Assert.True(comment.Depth == parentDepth + 1, $"comment {comment.Id} has depth {comment.Depth}; its parent says {parentDepth + 1}");
            depths[comment.Id] = comment.Depth;
        }
    }

    private static string Json(Article article)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Readable))
        {
            JsonArticleWriter.Write(json, article);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
