using System.Text;
using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Html;

/// <summary>
/// Turns the bytes of a saved HTML page into text the way a browser would: a byte-order mark first, then the charset
/// the page declares in its first bytes (<c>&lt;meta charset&gt;</c> or <c>http-equiv</c>), else UTF-8, else
/// Windows-1252. A page whose bytes contradict its declaration is read as what the bytes are, with a warning.
/// </summary>
internal static partial class HtmlDecoder
{
    // The HTML standard's prescan looks at the first 1,024 bytes; saved pages often put a long comment or a
    // script before their meta tags, so look further.
    private const int PrescanBytes = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes a page.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="path">The file, for warnings.</param>
    /// <param name="warnings">Receives a warning when the page is skipped or its declared charset was wrong.</param>
    /// <returns>The page's text, or null when the file holds no text (empty or binary).</returns>
    public static string? Decode(byte[] bytes, string path, ICollection<CorpusWarning> warnings)
    {
        var declared = DeclaredCharset(bytes);
        if (declared is null || HasByteOrderMark(bytes))
        {
            return TextDecoder.Decode(bytes, path, warnings);
        }
        Encoding? encoding;
        try
        {
            encoding = TextDecoder.EncodingNamed(declared);
        }
        catch (ArgumentException)
        {
            encoding = null;
        }
        if (encoding is null)
        {
            warnings.Add(new CorpusWarning(path, null, $"declares an unknown charset \"{declared}\"; read as UTF-8"));
            return TextDecoder.Decode(bytes, path, warnings);
        }
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            if (!IsUtf8(bytes) && !TextDecoder.LooksBinary(bytes))
            {
                warnings.Add(new CorpusWarning(path, null, "declares UTF-8 but is not; read as Windows-1252"));
            }
            return TextDecoder.Decode(bytes, path, []);
        }
        if (TextDecoder.LooksBinary(bytes))
        {
            return TextDecoder.Decode(bytes, path, warnings);
        }
        // A single-byte declaration over bytes that are valid UTF-8 with non-ASCII letters is a page re-saved as
        // UTF-8 that kept its old meta tag: reading it as declared would turn every é into Ã©.
        if (encoding.IsSingleByte && HasNonAscii(bytes) && IsUtf8(bytes))
        {
            warnings.Add(new CorpusWarning(path, null, $"declares {declared} but is UTF-8; read as UTF-8"));
            return TextDecoder.Decode(bytes, path, warnings);
        }
        var text = encoding.GetString(bytes);
        return string.IsNullOrWhiteSpace(text) ? TextDecoder.Decode(bytes, path, warnings) : TextDecoder.NormalizeLineEnds(text);
    }

    /// <summary>The charset a page declares in its first bytes, or null.</summary>
    /// <param name="bytes">The page.</param>
    /// <returns>The declared name as written, such as <c>utf-8</c> or <c>windows-1251</c>.</returns>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = Charset().Match(meta.Value);
            if (charset.Success)
            {
                return charset.Groups["name"].Value;
            }
        }
        return null;
    }

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
