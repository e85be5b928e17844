using System.IO.Enumeration;
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
        var scan = Walk(root, "");
        foreach (var warning in scan.Warnings)
        {
            warnings.Add(warning);
        }
        return scan.Files;
    }

    // One directory read per folder and one stat per file, straight from the directory entries, and the folders of
    // a folder on all cores: a query checks its corpus for changes with this before every search, and a FileInfo per
    // file (with a readlink to ask whether it is a link) made that check take a second over 100,000 pages. Entries
    // are sorted per folder, a folder's name as if followed by its "/", which puts the whole list in the ordinal
    // order of relative paths without sorting it whole.
    private static FolderScan Walk(string folder, string relativeFolder)
    {
        var scan = new FolderScan([], []);
        var entries = new List<Entry>();
        try
        {
            entries.AddRange(new FileSystemEnumerable<Entry>(folder, ToEntry, new EnumerationOptions
            {
                RecurseSubdirectories = false,
                AttributesToSkip = 0,
                IgnoreInaccessible = false,
                ReturnSpecialDirectories = false,
            })
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.'),
            });
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            scan.Warnings.Add(new CorpusWarning(relativeFolder.Length == 0 ? "./" : relativeFolder, null,
                "folder could not be read, skipped: " + e.Message));
            return scan;
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
        var subfolders = entries.Where(e => e.IsFolderToWalk).ToArray();
        var subscans = new FolderScan[subfolders.Length];
        Parallel.For(0, subfolders.Length, i =>
            subscans[i] = Walk(Path.Join(folder, subfolders[i].Name), relativeFolder + subfolders[i].Name + "/"));
        var next = 0;
        foreach (var entry in entries)
        {
            var relative = relativeFolder + entry.Name;
            if (entry.IsFolderToWalk)
            {
                var sub = subscans[next++];
                scan.Files.AddRange(sub.Files);
                scan.Warnings.AddRange(sub.Warnings);
            }
            else if (entry.Name.Contains('\uFFFD'))
            {
                // .NET cannot give back a name whose bytes are not UTF-8, so such a file cannot even be opened.
                scan.Warnings.Add(new CorpusWarning(relative, null, "the name is not valid UTF-8, so it cannot be opened; rename it to index it"));
            }
            else if (entry.IsLink)
            {
                if (entry.IsDirectory || entry.IsPage)
                {
                    scan.Warnings.Add(new CorpusWarning(relative, null, "symbolic link, not followed"));
                }
            }
            else if (entry.Vanished is not null)
            {
                scan.Warnings.Add(new CorpusWarning(relative, null, "vanished while scanning: " + entry.Vanished));
            }
            else if (entry.IsPage && !entry.IsDirectory)
            {
                scan.Files.Add(new CorpusFile(relative, Path.Join(folder, entry.Name), entry.Size, entry.ModifiedTicks));
            }
        }
        return scan;
    }

    // The link test comes from the directory entry itself; size and time cost a stat, asked for files only.
    private static Entry ToEntry(ref FileSystemEntry entry)
    {
        var name = entry.FileName.ToString();
        var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
        var isPage = CorpusFileReader.Extensions.Contains(Path.GetExtension(name));
        if (isLink || entry.IsDirectory || !isPage)
        {
            return new Entry(name, entry.IsDirectory, isLink, isPage, 0, 0);
        }
        try
        {
            return new Entry(name, false, false, true, entry.Length, entry.LastWriteTimeUtc.UtcTicks);
        }
        catch (IOException e)
        {
            return new Entry(name, false, false, true, 0, 0, e.Message);
        }
    }

    // IsPage: the name has a corpus file's extension (whatever the entry is).
    private readonly record struct Entry(string Name, bool IsDirectory, bool IsLink, bool IsPage, long Size, long ModifiedTicks, string? Vanished = null)
    {
        public bool IsFolderToWalk => IsDirectory && !IsLink && !Name.Contains('\uFFFD');

        public string SortKey => IsDirectory ? Name + "/" : Name;
    }

    private sealed record FolderScan(List<CorpusFile> Files, List<CorpusWarning> Warnings);
}
