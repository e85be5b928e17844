using Lucene.Net.Store;
using Search.Core.Errors;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Core.Storage;

/// <summary>Where an index lives on disk, and how it is opened.</summary>
internal static class IndexDirectory
{
    /// <summary>The folder name of the default index, created beside the corpus folder.</summary>
    public const string DefaultName = ".search-index";

    /// <summary>The default index folder for a corpus: <c>.search-index</c> beside it.</summary>
    /// <param name="corpus">The corpus folder.</param>
    /// <returns>The index folder.</returns>
    public static string DefaultFor(string corpus)
    {
        var full = Path.GetFullPath(corpus).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, DefaultName);
    }

    /// <summary>Opens an index folder as a Lucene directory.</summary>
    /// <param name="path">The index folder; it need not exist yet.</param>
    /// <remarks>
    /// Our own memory-mapped reads (<see cref="MappedDirectory"/>) rather than <c>FSDirectory.Open</c>'s MMapDirectory,
    /// which in Lucene.Net reads a byte at a time through J2N buffers and does not scale with concurrent searchers
    /// (apache/lucenenet#1151; measured here, it doubled the two-term p99). Locking is native (OS file locks), so a
    /// lock left by a killed process is released with the process and never has to be cleaned up by hand.
    /// </remarks>
    public static Directory Open(string path) => new MappedDirectory(new DirectoryInfo(path), new NativeFSLockFactory());

    /// <summary>Opens an existing index folder for reading.</summary>
    /// <param name="path">The index folder.</param>
    /// <exception cref="SearchException">There is no index at <paramref name="path"/>.</exception>
    public static Directory OpenExisting(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            throw new SearchException(SearchErrorKind.IndexMissing,
                $"no index at {path}; run `search index` to build it (or give --index DIR)");
        }
        var directory = Open(path);
        if (!Lucene.Net.Index.DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            if (HasSegmentFiles(path))
            {
                // Segment files without a segments_N file that names them: the commit point itself is gone.
                throw IndexDamage.Error(path, new FileNotFoundException("no segments file"));
            }
            throw new SearchException(SearchErrorKind.IndexMissing,
                $"no index at {path}; run `search index` to build it (or give --index DIR)");
        }
        return directory;
    }

    /// <summary>Whether a folder holds Lucene segment files (whatever state its commit is in).</summary>
    /// <param name="path">The index folder.</param>
    /// <returns>True when any segment file is there.</returns>
    public static bool HasSegmentFiles(string path) =>
        System.IO.Directory.Exists(path)
        && System.IO.Directory.EnumerateFiles(path).Select(System.IO.Path.GetFileName)
            .Any(f => f is not null && (f.StartsWith("segments", StringComparison.Ordinal) || f.EndsWith(".si", StringComparison.Ordinal)
                || f.EndsWith(".cfs", StringComparison.Ordinal)));
}
