using System.Text;
using Search.Core.Corpus;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Storage;

namespace Search.Core.Tests.Corpus;

/// <summary>Files as scrapers really leave them: none of these may stop a run or lose the good files beside them.</summary>
public class MessyInputTests
{
    // A plain page with one numbered comment, so that it matches a template and only its encoding is in question.
    private const string Page = "A Title\n\nBody text about a multipolar world.\n\n\n\n\n  1. A reader's comment.\n";

    private static string? Decode(byte[] bytes, List<CorpusWarning> warnings) => TextDecoder.Decode(bytes, "f.txt", warnings);

    [Fact]
    public void Utf8_with_and_without_bom_read_the_same()
    {
        var warnings = new List<CorpusWarning>();
        var plain = Decode(Encoding.UTF8.GetBytes("Türkiye’s view"), warnings);
        var bom = Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Türkiye’s view")], warnings);
        Assert.Equal("Türkiye’s view", plain);
        Assert.Equal(plain, bom);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Utf16_with_bom_is_read_in_both_byte_orders()
    {
        var warnings = new List<CorpusWarning>();
        Assert.Equal("Türkiye’s view", Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Türkiye’s view")).ToArray(), warnings));
        Assert.Equal("Türkiye’s view", Decode(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Türkiye’s view")).ToArray(), warnings));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_with_a_warning()
    {
        var warnings = new List<CorpusWarning>();
        // "Russia’s café" in Windows-1252: 0x92 is the curly apostrophe, 0xE9 is é.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Russia"), 0x92, .. Encoding.ASCII.GetBytes("s caf"), 0xE9];
        Assert.Equal("Russia’s café", Decode(bytes, warnings));
        Assert.Equal("not valid UTF-8, read as Windows-1252", Assert.Single(warnings).Message);
    }

    [Theory]
    [InlineData("line one\r\nline two\r\n")]
    [InlineData("line one\rline two\r")]
    public void Crlf_and_cr_line_ends_become_lf(string text)
    {
        Assert.Equal("line one\nline two\n", Decode(Encoding.UTF8.GetBytes(text), []));
    }

    [Fact]
    public void Empty_and_binary_files_are_skipped_with_a_warning()
    {
        var warnings = new List<CorpusWarning>();
        Assert.Null(Decode([], warnings));
        Assert.Null(Decode(Encoding.UTF8.GetBytes(" \n\n \n"), warnings));
        Assert.Null(Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], warnings));
        Assert.Equal(["empty file, skipped", "empty file, skipped", "binary content, skipped"], warnings.Select(w => w.Message));
    }

    [Fact]
    public void Json_lines_decode_each_line_on_its_own_and_accept_any_line_end()
    {
        var warnings = new List<CorpusWarning>();
        byte[] latin = [.. Encoding.ASCII.GetBytes("{\"id\": \"b\", \"body\": \"caf"), 0xE9, .. Encoding.ASCII.GetBytes("\"}")];
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\": \"a\", \"body\": \"Türkiye\"}\r\n"), .. latin, (byte)'\r',
            .. Encoding.UTF8.GetBytes("{\"id\": \"c\", \"body\": \"last\"}")];
        using var stream = new MemoryStream(bytes);
        var articles = CorpusFileReader.Read(stream, "x.jsonl", warnings).ToList();
        Assert.Equal([("a", "Türkiye"), ("b", "café"), ("c", "last")], articles.Select(a => (a.Id, a.Body)));
        Assert.Equal(2, Assert.Single(warnings).Line);
    }

    [Fact]
    public void Utf16_json_lines_are_read()
    {
        var text = "{\"id\": \"a\", \"body\": \"one\"}\r\n{\"id\": \"b\", \"body\": \"two\"}\r\n";
        using var stream = new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        Assert.Equal(["a", "b"], CorpusFileReader.Read(stream, "x.jsonl", []).Select(a => a.Id));
    }

    [Fact]
    public void A_folder_of_messy_files_indexes_every_good_file_and_warns_about_the_rest()
    {
        using var dir = new TempFolder();
        var corpus = dir["corpus"];
        dir.Write("corpus/good.txt", Page);
        dir.Write("corpus/bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page)]);
        dir.Write("corpus/utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Page)]);
        dir.Write("corpus/legacy.txt", [.. Encoding.ASCII.GetBytes("Legacy\n\nCaf"), 0xE9, .. Encoding.ASCII.GetBytes("\n\n\n\n\n  1. Comment.\n")]);
        dir.Write("corpus/crlf.txt", Page.Replace("\n", "\r\n"));
        dir.Write("corpus/cr.txt", Page.Replace("\n", "\r"));
        dir.Write("corpus/empty.txt", []);
        dir.Write("corpus/binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00]);
        dir.Write("corpus/nested/deeper/inner.txt", Page);
        dir.Write("corpus/notes.md", "# not part of the corpus");
        dir.Write("corpus/image.png", [0x89, 0x50, 0x4E, 0x47]);
        dir.Write("corpus/.hidden/secret.txt", Page);
        dir.Write("corpus/lines.jsonl", "{\"id\": \"j1\", \"body\": \"one\"}\nnot json\n{\"id\": \"j2\", \"body\": \"two\"}\n");

        var summary = CorpusIndexer.Run(new IndexRequest(corpus, dir["index"]));

        using var index = ArticleIndex.Open(dir["index"], IndexSchema.Current);
        Assert.Equal(
            ["bom", "cr", "crlf", "good", "j1", "j2", "legacy", "nested/deeper/inner", "utf16"],
            index.Articles().Select(a => a.Article.Id));
        Assert.Equal("Café", index.Find("legacy")!.Article.Body);
        Assert.Equal(
            [
                "binary.txt: binary content, skipped",
                "empty.txt: empty file, skipped",
                "legacy.txt: not valid UTF-8, read as Windows-1252",
            ],
            summary.Warnings.Select(w => w.ToString()).Where(w => !w.StartsWith("lines.jsonl")).Order(StringComparer.Ordinal));
        var badLine = Assert.Single(summary.Warnings, w => w.Path == "lines.jsonl");
        Assert.Equal(2, badLine.Line);
        Assert.StartsWith("not valid JSON: ", badLine.Message);
        Assert.EndsWith("; line skipped", badLine.Message);
        Assert.Equal(10, summary.Added);
    }

    [Fact]
    public void A_file_that_vanishes_after_the_scan_is_warned_about_and_the_rest_indexed()
    {
        using var dir = new TempFolder();
        dir.Write("corpus/good.txt", Page);
        var gone = dir.Write("corpus/gone.txt", Page);
        var files = CorpusScanner.Scan(dir["corpus"], []);
        File.Delete(gone);
        var warnings = new List<CorpusWarning>();
        var changes = CorpusChanges.Compare(files, new Dictionary<string, FileRecord>(), warnings);
        Assert.Equal(["good.txt"], changes.Added.Select(a => a.File.RelativePath));
        Assert.Equal("gone.txt", Assert.Single(warnings).Path);
        Assert.Contains("could not be read", warnings[0].Message);
    }

    [Fact]
    public void Symbolic_links_are_not_followed()
    {
        using var dir = new TempFolder();
        dir.Write("corpus/good.txt", Page);
        dir.Write("outside/secret.txt", Page);
        File.CreateSymbolicLink(dir["corpus/link.txt"], dir["outside/secret.txt"]);
        Directory.CreateSymbolicLink(dir["corpus/loop"], dir["corpus"]);
        var warnings = new List<CorpusWarning>();
        var files = CorpusScanner.Scan(dir["corpus"], warnings);
        Assert.Equal(["good.txt"], files.Select(f => f.RelativePath));
        Assert.Equal(["link.txt: symbolic link, not followed", "loop: symbolic link, not followed"],
            warnings.Select(w => w.ToString()).Order(StringComparer.Ordinal));
    }
}
