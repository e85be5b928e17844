namespace Search.Cli.Output;

/// <summary>Writes a whole file or nothing: a reader of the path sees the old file or the new one, never part of one.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="bytes"/> to a temporary file in the folder of <paramref name="path"/> (so that the final
    /// rename stays on one file system), then renames it over <paramref name="path"/>. When anything fails, the
    /// temporary file is removed and the exception (an <see cref="IOException"/> or an
    /// <see cref="UnauthorizedAccessException"/> for a missing or unwritable folder) goes to the caller.
    /// </summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? throw new IOException($"{path} is a root folder, not a file");
        // Hidden and random, so that a listing does not show it and two writers of one path do not share it.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                // On disk before the rename: otherwise a crash just after it can leave an empty file at the path.
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            DeleteIfThere(temporary);
            throw;
        }
    }

    private static void DeleteIfThere(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write's own failure is the one to report; a temporary file that cannot be removed is left.
        }
    }
}
