using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Errors;

namespace Search.Core.Storage;

/// <summary>Recognises the exceptions by which Lucene reports an unreadable index, and words them for a person.</summary>
internal static class IndexDamage
{
    /// <summary>Whether an exception from opening or reading an index means its files are damaged.</summary>
    /// <param name="e">The exception.</param>
    /// <returns>True for damage (corrupt, truncated or missing files, unknown format).</returns>
    public static bool IsDamage(Exception e) =>
        e is IOException or EndOfStreamException or FormatException or InvalidCastException or IndexOutOfRangeException
            or ArgumentOutOfRangeException or OverflowException
        && e is not SearchException;

    /// <summary>The error for a damaged index.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="cause">What Lucene said.</param>
    /// <returns>The exception to throw.</returns>
    public static SearchException Error(string indexPath, Exception cause) =>
        new(SearchErrorKind.IndexDamaged,
            $"the index at {indexPath} is damaged ({FirstLine(cause.Message)}).\n" +
            "Run `search index --rebuild` to rebuild it from the corpus.", cause);

    /// <summary>
    /// The checksum failure of the first file of the index's last commit whose bytes are not what Lucene wrote, or
    /// null when every file checks. For an exception of a kind Lucene does not report damage with: bytes garbled
    /// inside a file can make its reader fail in any way (a null key, an unknown format id, a block size of 0), and
    /// only the checksums tell that from a fault of this program.
    /// </summary>
    /// <param name="directory">The index's directory.</param>
    public static Exception? ChecksumFailure(Lucene.Net.Store.Directory directory)
    {
        try
        {
            var commit = new SegmentInfos();
            commit.Read(directory);
            foreach (var file in commit.GetFiles(directory, includeSegmentsFile: true))
            {
                using var input = directory.OpenInput(file, IOContext.READ_ONCE);
                CodecUtil.ChecksumEntireFile(input);
            }
            return null;
        }
        catch (Exception e) when (IsDamage(e))
        {
            return e;
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length <= 160 ? line : line[..160] + "...";
    }
}
