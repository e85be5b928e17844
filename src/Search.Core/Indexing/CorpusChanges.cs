using Search.Core.Corpus;
using Search.Core.Storage;

namespace Search.Core.Indexing;

/// <summary>How the corpus differs from what the index holds: which files to read, drop, or merely re-stamp.</summary>
internal sealed class CorpusChanges
{
    /// <summary>Files new to the index, to read.</summary>
    public List<(CorpusFile File, string Hash)> Added { get; } = [];

    /// <summary>Files whose content changed, to read again.</summary>
    public List<(CorpusFile File, string Hash)> Updated { get; } = [];

    /// <summary>Files the index holds that are gone from the corpus.</summary>
    public List<string> Removed { get; } = [];

    /// <summary>Files with the same content but a new size or time stamp: only their record changes.</summary>
    public List<FileRecord> Restamped { get; } = [];

    /// <summary>How many files are exactly as indexed.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Whether the index must change at all.</summary>
    public bool Any => Added.Count + Updated.Count + Removed.Count + Restamped.Count > 0;

    /// <summary>
    /// Compares the corpus with the index's file records. Size and time stamp are checked first, as they are cheap;
    /// only a file whose stamp differs is hashed, and only a file whose hash differs is read again.
    /// </summary>
    /// <param name="files">The corpus files found by the scan.</param>
    /// <param name="known">The index's file records, by path.</param>
    /// <param name="warnings">Receives a warning for each file that could not be hashed (it keeps its indexed version).</param>
    public static CorpusChanges Compare(IReadOnlyList<CorpusFile> files, IReadOnlyDictionary<string, FileRecord> known,
        ICollection<CorpusWarning> warnings)
    {
        var changes = new CorpusChanges();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            seen.Add(file.RelativePath);
            known.TryGetValue(file.RelativePath, out var record);
            if (record is not null && record.Size == file.Size && record.ModifiedTicks == file.ModifiedTicks)
            {
                changes.Unchanged++;
                continue;
            }
            string hash;
            try
            {
                hash = ContentHash.Of(file.FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var kept = record is null ? "skipped" : "its indexed version is kept";
                warnings.Add(new CorpusWarning(file.RelativePath, null, $"could not be read ({e.Message}); {kept}"));
                if (record is not null)
                {
                    changes.Unchanged++;
                }
                continue;
            }
            if (record is null)
            {
                changes.Added.Add((file, hash));
            }
            else if (record.Hash == hash)
            {
                changes.Unchanged++;
                changes.Restamped.Add(record with { Size = file.Size, ModifiedTicks = file.ModifiedTicks });
            }
            else
            {
                changes.Updated.Add((file, hash));
            }
        }
        changes.Removed.AddRange(known.Keys.Where(p => !seen.Contains(p)).Order(StringComparer.Ordinal));
        return changes;
    }
}
