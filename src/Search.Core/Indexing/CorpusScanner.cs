using Search.Core.Corpus;
using Search.Core.Errors;

namespace Search.Core.Indexing;

/// <summary>
/// Lists the files of a corpus folder: nested folders are walked; hidden files and folders (a leading dot, such
/// as the index itself or <c>.git</c>) are passed over; symbolic links are never followed, so a scan cannot leave
/// the corpus folder or loop; files with other extensions than <see cref="CorpusFileReader.Extensions"/> are ignored;
/// names that are not valid UTF-8 are reported, since they cannot be opened.
/// </summary>
internal static class CorpusScanner
{
    /// <summary>Scans a corpus folder.</summary>
    /// <param name="corpus">The corpus folder.</param>
    /// <param name="warnings">Receives a warning for each link not followed and each folder that could not be read.</param>
    /// <returns>The corpus files, sorted by relative path.</returns>
    /// <exception cref="SearchException">The corpus folder does not exist.</exception>
    public static IReadOnlyList<CorpusFile> Scan(string corpus, ICollection<CorpusWarning> warnings)
    {
        var root = Path.GetFullPath(corpus);
        if (!Directory.Exists(root))
        {
            throw new SearchException(SearchErrorKind.CorpusMissing,
                $"corpus folder {corpus} not found; give the folder of your pages with --corpus DIR");
        }
        var files = new List<CorpusFile>();
        Walk(new DirectoryInfo(root), root, files, warnings);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    private static void Walk(DirectoryInfo dir, string root, List<CorpusFile> files, ICollection<CorpusWarning> warnings)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = dir.GetFileSystemInfos();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            warnings.Add(new CorpusWarning(Relative(root, dir.FullName) + "/", null, "folder could not be read, skipped: " + e.Message));
            return;
        }
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }
            var relative = Relative(root, entry.FullName);
            if (entry.Name.Contains('\uFFFD'))
            {
                // .NET cannot give back a name whose bytes are not UTF-8, so such a file cannot even be opened.
                warnings.Add(new CorpusWarning(relative, null, "the name is not valid UTF-8, so it cannot be opened; rename it to index it"));
                continue;
            }
            if (entry.LinkTarget is not null)
            {
                if (entry is DirectoryInfo || CorpusFileReader.Extensions.Contains(entry.Extension))
                {
                    warnings.Add(new CorpusWarning(relative, null, "symbolic link, not followed"));
                }
                continue;
            }
            if (entry is DirectoryInfo sub)
            {
                Walk(sub, root, files, warnings);
            }
            else if (entry is FileInfo file && CorpusFileReader.Extensions.Contains(file.Extension))
            {
                try
                {
                    files.Add(new CorpusFile(relative, file.FullName, file.Length, file.LastWriteTimeUtc.Ticks));
                }
                catch (IOException e)
                {
                    warnings.Add(new CorpusWarning(relative, null, "vanished while scanning: " + e.Message));
                }
            }
        }
    }

    private static string Relative(string root, string full) => Path.GetRelativePath(root, full).Replace('\\', '/');
}
