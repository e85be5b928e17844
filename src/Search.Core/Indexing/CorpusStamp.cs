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
        var hash = new XxHash128();
        foreach (var file in files)
        {
            hash.Append(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{file.RelativePath}\t{file.Size}\t{file.ModifiedTicks}\n")));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
