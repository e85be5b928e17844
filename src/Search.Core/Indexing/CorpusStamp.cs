using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Search.Core.Indexing;

/// <summary>
/// A fingerprint of a corpus scan (every file's path, size and time stamp), kept in each commit, so that a query can
/// tell cheaply whether the corpus changed since the index was built without reading any file.
/// </summary>
internal static class CorpusStamp
{
    /// <summary>The fingerprint of a scan.</summary>
    /// <param name="files">The files, as <see cref="CorpusScanner.Scan"/> lists them.</param>
    /// <returns>A hex string.</returns>
    public static string Of(IReadOnlyList<CorpusFile> files)
    {
        // Each file's line is encoded into one reused buffer: a query computes this for every file of its corpus
        // before it searches, so a folder of 100,000 pages must not cost 100,000 strings.
        var hash = new XxHash128();
        var line = new byte[1024];
        foreach (var file in files)
        {
            var needed = Encoding.UTF8.GetMaxByteCount(file.RelativePath.Length) + 2 * LongDigits + 3;
            if (needed > line.Length)
            {
                line = new byte[needed];
            }
            var length = Encoding.UTF8.GetBytes(file.RelativePath, line);
            line[length++] = (byte)'\t';
            file.Size.TryFormat(line.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
            length += written;
            line[length++] = (byte)'\t';
            file.ModifiedTicks.TryFormat(line.AsSpan(length), out written, default, CultureInfo.InvariantCulture);
            length += written;
            line[length++] = (byte)'\n';
            hash.Append(line.AsSpan(0, length));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    // The longest a long prints: "-9223372036854775808".
    private const int LongDigits = 20;
}
