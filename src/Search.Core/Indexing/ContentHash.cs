using System.IO.Hashing;

namespace Search.Core.Indexing;

/// <summary>The content hash that tells an unchanged file from a changed one, whatever its timestamp says.</summary>
internal static class ContentHash
{
    /// <summary>XxHash128 of a file's bytes, streamed, as lower-case hex.</summary>
    /// <param name="fullPath">The file.</param>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static string Of(string fullPath)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        var hash = new XxHash128();
        hash.Append(stream);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
