using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Search.Core.Storage;

/// <summary>
/// A file-system directory whose index files are read from memory maps when searched (<see cref="MappedIndexInput"/>)
/// and with positional reads when merged (<see cref="PositionalReadInput"/>). Writing is <see cref="FSDirectory"/>'s own.
/// </summary>
/// <remarks>
/// A search reads postings in small pieces all over the files. Read through a buffer, each piece was a <c>pread</c>
/// into it: at a million articles a fifth of a batch's time went to those system calls and their copies (1 KB
/// buffers; larger ones read more than a query needs). From a mapping a read is a copy from memory. Lucene.Net's own
/// MMapDirectory maps too, but reads a byte at a time through J2N buffers and does not scale with concurrent
/// searchers (apache/lucenenet#1151); here a read is a pointer access. A merge reads each file once, front to back:
/// it keeps the positional reads it was measured with. NIOFSDirectory is neither: each
/// read of its 1 KB buffer asks the file's length, takes a lock shared by every clone of the file, seeks and seeks back.
/// </remarks>
internal sealed class MappedDirectory : FSDirectory
{
    // Every index opened here has its stored fields decompressed straight from the mappings (MappedLz4Decompressor),
    // its norms read compactly (CompactNorms) and its days as columns (DayColumnFormat): Lucene finds all three
    // through the codec factory.
    static MappedDirectory() => MappedCodecFactory.Install();

    /// <summary>Opens a folder as a directory.</summary>
    /// <param name="path">The folder; it need not exist yet.</param>
    /// <param name="lockFactory">How the index is locked for writing.</param>
    public MappedDirectory(DirectoryInfo path, LockFactory lockFactory)
        : base(path, lockFactory)
    {
    }

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        if (!IsMerge(context))
        {
            var file = MappedFile.Open(path);
            return new MappedIndexInput($"MappedIndexInput(path=\"{path}\")", file, 0, file.Length, owner: true);
        }
        var handle = OpenShared(path);
        return new PositionalReadInput($"PositionalReadInput(path=\"{path}\")", handle, 0, RandomAccess.GetLength(handle),
            BufferedIndexInput.GetBufferSize(context), ownsHandle: true);
    }

    /// <inheritdoc />
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return IsMerge(context) ? new PositionalReadSlicer(path, OpenShared(path), context) : new MappedSlicer(path);
    }

    private static bool IsMerge(IOContext context) => context.Context == IOContext.UsageContext.MERGE;

    // Shared for reading, writing and deleting, as NIOFSDirectory opens its files: a merge may delete a file that a
    // reader still holds open.
    private static SafeFileHandle OpenShared(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
}
