using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Search.Core.Storage;

/// <summary>
/// A file-system directory whose index files are read with positional reads (<c>pread</c>) on one shared handle.
/// Lucene.Net 4.8's <see cref="NIOFSDirectory"/> reads through a <see cref="FileStream"/>: each read of its 1 KB
/// buffer asks the file's length (an <c>fstat</c>), takes a lock shared by every clone of the file (so two search
/// threads wait for each other), seeks, reads 4 KB into the stream's own buffer, and seeks back. Index files are
/// written once and never change, so none of that is needed: here a read is one system call and threads never wait.
/// Writing is <see cref="FSDirectory"/>'s own.
/// </summary>
internal sealed class PositionalReadDirectory : FSDirectory
{
    /// <summary>Opens a folder as a directory.</summary>
    /// <param name="path">The folder; it need not exist yet.</param>
    /// <param name="lockFactory">How the index is locked for writing.</param>
    public PositionalReadDirectory(DirectoryInfo path, LockFactory lockFactory)
        : base(path, lockFactory)
    {
    }

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var handle = OpenShared(path);
        return new PositionalReadInput($"PositionalReadInput(path=\"{path}\")", handle, 0, RandomAccess.GetLength(handle),
            BufferSize(name, context), ownsHandle: true);
    }

    /// <inheritdoc />
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new PositionalReadSlicer(path, OpenShared(path), context);
    }

    // Positions (.pos) are read in long runs: a phrase with "the" in it reads thousands of its positions, and Lucene's
    // 1 KB buffer made that one system call per kilobyte (a third of such a query's time). Measured over the 900
    // generated queries at 100k: 4 KB for .pos takes p99 from 4.5 to 3.6 ms with p50 unchanged. 4 KB for .doc as well
    // gained nothing more and slowed snippets (each shown hit's comment counts open postings and read a few bytes of
    // them); 4 KB for every file, or 16 KB, made p50 worse (each postings enum of a query has a buffer of its own).
    private const int PositionsBufferSize = 4096;

    /// <summary>The read buffer's size for a file (or a compound file's slice) by its name.</summary>
    /// <param name="name">The file's name, such as <c>_0_Lucene41_0.pos</c>.</param>
    /// <param name="context">What it is read for.</param>
    internal static int BufferSize(string name, IOContext context)
    {
        var size = BufferedIndexInput.GetBufferSize(context);
        return name.EndsWith(".pos", StringComparison.Ordinal) ? Math.Max(size, PositionsBufferSize) : size;
    }

    // Shared for reading, writing and deleting, as NIOFSDirectory opens its files: a merge may delete a file that a
    // reader still holds open.
    private static SafeFileHandle OpenShared(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
}
