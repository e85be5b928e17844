using System.Text;

namespace Search.Core.Corpus;

/// <summary>
/// Turns the bytes of a scraped file into text with plain <c>\n</c> line ends, whatever the scraper saved:
/// UTF-8 with or without BOM, UTF-16 with BOM, or legacy Windows-1252 where the bytes are not valid UTF-8.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 is what a browser assumes for undeclared non-UTF-8 pages; Latin-1 would turn its quotes into controls.
    private static readonly Encoding Windows1252 = LoadWindows1252();

    /// <summary>Decodes a whole file.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="path">The file, for warnings.</param>
    /// <param name="warnings">Receives a warning when the file is skipped or decoded by a guess.</param>
    /// <returns>The text, or null when the file holds no text (empty or binary) and is to be skipped.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, ICollection<CorpusWarning> warnings)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8OrLegacy(bytes[3..], path, null, warnings);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else if (LooksBinary(bytes))
        {
            warnings.Add(new CorpusWarning(path, null, "binary content, skipped"));
            return null;
        }
        else
        {
            text = DecodeUtf8OrLegacy(bytes, path, null, warnings);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            warnings.Add(new CorpusWarning(path, null, "empty file, skipped"));
            return null;
        }
        return NormalizeLineEnds(text);
    }

    /// <summary>Decodes one line of a JSON Lines file that has no BOM-declared encoding.</summary>
    /// <param name="bytes">The line, without its line end.</param>
    /// <param name="path">The file, for warnings.</param>
    /// <param name="line">The 1-based line number, for warnings.</param>
    /// <param name="warnings">Receives a warning when the line is not valid UTF-8.</param>
    /// <returns>The line's text.</returns>
    public static string DecodeLine(ReadOnlySpan<byte> bytes, string path, int line, ICollection<CorpusWarning> warnings) =>
        DecodeUtf8OrLegacy(bytes, path, line, warnings);

    /// <summary>Replaces CRLF and lone CR line ends with LF.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The same text with <c>\n</c> line ends only.</returns>
    public static string NormalizeLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static string DecodeUtf8OrLegacy(ReadOnlySpan<byte> bytes, string path, int? line, ICollection<CorpusWarning> warnings)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            warnings.Add(new CorpusWarning(path, line, "not valid UTF-8, read as Windows-1252"));
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>The encoding a charset name stands for, as browsers map them: Latin-1 and ASCII are read as Windows-1252.</summary>
    /// <param name="name">A charset name as a page declares it.</param>
    /// <returns>The encoding.</returns>
    /// <exception cref="ArgumentException">No encoding has that name.</exception>
    public static Encoding EncodingNamed(string name) =>
        name.Trim().ToLowerInvariant() switch
        {
            "utf8" or "utf-8" or "unicode-1-1-utf-8" => Encoding.UTF8,
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" => Windows1252,
            var other => Encoding.GetEncoding(other),
        };

    /// <summary>Whether a file's first bytes look like binary data rather than text: NUL bytes, or many control characters.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <returns>True for binary.</returns>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
        {
            return true;
        }
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x1B))
            {
                controls++;
            }
        }
        return controls * 20 > sample.Length;
    }

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
