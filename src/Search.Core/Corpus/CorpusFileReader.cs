using System.Text;
using System.Text.Json;
using Search.Core.Corpus.Html;
using Search.Core.Corpus.Templates;

namespace Search.Core.Corpus;

/// <summary>
/// Reads one corpus file into articles, by its extension: <c>.txt</c> scraped pages as text, <c>.html</c> and
/// <c>.htm</c> saved web pages, <c>.jsonl</c> one article
/// per line, <c>.json</c> one article or an array of them. Nothing here throws for bad content: what cannot be
/// read becomes a warning and the rest of the file still loads.
/// </summary>
internal static class CorpusFileReader
{
    /// <summary>The file extensions the corpus is made of; other files are ignored.</summary>
    public static IReadOnlySet<string> Extensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm", ".jsonl", ".json" };

    /// <summary>
    /// The largest page (<c>.txt</c>, <c>.html</c>) or <c>.json</c> file read: one article page is never this big, and such a file is
    /// read whole. JSON Lines files stream and have no size limit, only this limit per line.
    /// </summary>
    public const long MaxWholeFileBytes = 64L * 1024 * 1024;

    // A broken export can have a bad line in every line; past this many the rest are only counted.
    private const int MaxLineWarningsPerFile = 20;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    /// <summary>The article id a page file gets, and the stem of generated ids for JSON files: its corpus path without extension.</summary>
    /// <param name="relativePath">The file's path relative to the corpus folder, with <c>/</c> separators.</param>
    public static string IdFor(string relativePath)
    {
        var ext = Path.GetExtension(relativePath);
        return relativePath[..^ext.Length];
    }

    /// <summary>Reads a file's articles lazily, so a JSON Lines file of any size streams.</summary>
    /// <param name="fullPath">Where the file is.</param>
    /// <param name="relativePath">The file relative to the corpus folder, for ids and warnings.</param>
    /// <param name="warnings">Receives the file's warnings as the articles are read.</param>
    /// <returns>The articles in file order.</returns>
    /// <exception cref="IOException">The file vanished or could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static IEnumerable<Article> Read(string fullPath, string relativePath, ICollection<CorpusWarning> warnings)
    {
        using var stream = Open(fullPath);
        foreach (var article in Read(stream, relativePath, warnings))
        {
            yield return article;
        }
    }

    /// <summary>Whether a file is read whole (a page or a JSON document) rather than streamed (JSON Lines).</summary>
    /// <param name="relativePath">The file's path; its extension says.</param>
    public static bool IsWholeFile(string relativePath) =>
        !Path.GetExtension(relativePath).Equals(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a whole-file page or JSON document at once, closing the file before it returns.</summary>
    /// <param name="fullPath">Where the file is.</param>
    /// <param name="relativePath">The file relative to the corpus folder.</param>
    /// <param name="warnings">Receives the file's warnings.</param>
    /// <returns>Its articles.</returns>
    /// <exception cref="IOException">The file vanished or could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static List<Article> ReadWhole(string fullPath, string relativePath, ICollection<CorpusWarning> warnings)
    {
        using var stream = Open(fullPath);
        return Read(stream, relativePath, warnings).ToList();
    }

    /// <summary>Opens a corpus file for reading, sharing it with writers (a scraper may still be writing).</summary>
    /// <param name="fullPath">Where the file is.</param>
    /// <returns>The open stream.</returns>
    public static FileStream Open(string fullPath) =>
        new(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);

    /// <summary>Reads the articles of an open file lazily.</summary>
    /// <param name="stream">The file's content, seekable, at its start.</param>
    /// <param name="relativePath">The file relative to the corpus folder; its extension says the format.</param>
    /// <param name="warnings">Receives the file's warnings as the articles are read.</param>
    /// <returns>The articles in file order.</returns>
    public static IEnumerable<Article> Read(Stream stream, string relativePath, ICollection<CorpusWarning> warnings)
    {
        var extension = Path.GetExtension(relativePath).ToLowerInvariant();
        if (extension != ".jsonl" && stream.CanSeek && stream.Length > MaxWholeFileBytes)
        {
            warnings.Add(new CorpusWarning(relativePath, null,
                $"{stream.Length / (1024 * 1024)} MB is more than one page can be ({MaxWholeFileBytes / (1024 * 1024)} MB); skipped: split it, or convert it to JSON Lines"));
            return [];
        }
        return extension switch
        {
            ".jsonl" => ReadJsonLines(stream, relativePath, warnings),
            ".json" => ReadJsonDocument(ReadAll(stream), relativePath, warnings),
            ".html" or ".htm" => HtmlPageReader.Read(ReadAll(stream), relativePath, warnings) is { } article ? [article] : [],
            _ => ReadPage(ReadAll(stream), relativePath, warnings),
        };
    }

    /// <summary>Reads a scraped page from its bytes.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="relativePath">The file relative to the corpus folder.</param>
    /// <param name="warnings">Receives the page's warnings.</param>
    /// <returns>The page's article, or nothing when the file has no text.</returns>
    public static IEnumerable<Article> ReadPage(byte[] bytes, string relativePath, ICollection<CorpusWarning> warnings)
    {
        var text = TextDecoder.Decode(bytes, relativePath, warnings);
        if (text is null)
        {
            return [];
        }
        var article = PageReader.Read(Page.FromText(IdFor(relativePath), relativePath, text), warnings);
        return article is null ? [] : [article];
    }

    /// <summary>Reads a JSON file holding one article object or an array of them.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="relativePath">The file relative to the corpus folder.</param>
    /// <param name="warnings">Receives the file's warnings.</param>
    /// <returns>The articles read.</returns>
    public static IEnumerable<Article> ReadJsonDocument(byte[] bytes, string relativePath, ICollection<CorpusWarning> warnings)
    {
        var text = TextDecoder.Decode(bytes, relativePath, warnings);
        if (text is null)
        {
            return [];
        }
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException e)
        {
            warnings.Add(new CorpusWarning(relativePath, LineOf(e), "not valid JSON, skipped: " + Reason(e)));
            return [];
        }
        using (doc)
        {
            var stem = IdFor(relativePath);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Collect(doc.RootElement, stem, relativePath, null, warnings);
            }
            var articles = new List<Article>();
            var n = 0;
            foreach (var element in doc.RootElement.EnumerateArray())
            {
                n++;
                articles.AddRange(Collect(element, $"{stem}-{n}", relativePath, null, warnings, $"item {n}: "));
            }
            return articles;
        }
    }

    private static IEnumerable<Article> ReadJsonLines(Stream stream, string relativePath, ICollection<CorpusWarning> warnings)
    {
        var stem = IdFor(relativePath);
        var lineNo = 0;
        var bad = 0;
        var any = false;
        foreach (var text in Lines(stream, relativePath, warnings))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            any = true;
            Article? article = null;
            string? problem = null;
            try
            {
                using var doc = JsonDocument.Parse(text, JsonOptions);
                article = JsonArticle.Read(doc.RootElement, $"{stem}-{lineNo}", relativePath, lineNo, warnings);
            }
            catch (JsonException e)
            {
                problem = "not valid JSON: " + Reason(e);
            }
            catch (FormatException e)
            {
                problem = e.Message;
            }
            if (article is not null)
            {
                yield return article;
            }
            else if (++bad <= MaxLineWarningsPerFile)
            {
                warnings.Add(new CorpusWarning(relativePath, lineNo, problem + "; line skipped"));
            }
        }
        if (bad > MaxLineWarningsPerFile)
        {
            warnings.Add(new CorpusWarning(relativePath, null, $"{bad - MaxLineWarningsPerFile} more bad lines skipped"));
        }
        if (!any)
        {
            warnings.Add(new CorpusWarning(relativePath, null, "empty file, skipped"));
        }
    }

    // UTF-16 files are rare enough to decode with a StreamReader; everything else is decoded line by line.
    private static IEnumerable<string> Lines(Stream stream, string relativePath, ICollection<CorpusWarning> warnings)
    {
        Span<byte> bom = stackalloc byte[3];
        var got = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        var utf16 = got >= 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF));
        var utf8Bom = got == 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF;
        stream.Position = utf8Bom ? 3 : 0;
        if (utf16)
        {
            using var reader = new StreamReader(stream, Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            while (reader.ReadLine() is { } line)
            {
                yield return line;
            }
            yield break;
        }
        var lines = new ByteLineReader(stream, MaxWholeFileBytes);
        var lineNo = 0;
        while (lines.ReadLine() is { } bytes)
        {
            lineNo++;
            if (lines.LastLineTooLong)
            {
                warnings.Add(new CorpusWarning(relativePath, lineNo, $"line longer than {MaxWholeFileBytes / (1024 * 1024)} MB; skipped"));
                yield return "";
                continue;
            }
            yield return TextDecoder.DecodeLine(bytes.Span, relativePath, lineNo, warnings);
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static List<Article> Collect(JsonElement element, string fallbackId, string path, int? line,
        ICollection<CorpusWarning> warnings, string where = "")
    {
        try
        {
            return [JsonArticle.Read(element, fallbackId, path, line, warnings)];
        }
        catch (FormatException e)
        {
            warnings.Add(new CorpusWarning(path, line, where + e.Message + "; skipped"));
            return [];
        }
    }

    private static int? LineOf(JsonException e) => e.LineNumber is { } l ? (int)l + 1 : null;

    // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 5." to its messages; say the column plainly instead.
    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }
        if (cut >= 0)
        {
            message = message[..cut];
        }
        return e.BytePositionInLine is { } col ? $"{message.TrimEnd('.')} (column {col + 1})" : message;
    }
}
