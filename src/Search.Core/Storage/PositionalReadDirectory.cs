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
            BufferedIndexInput.GetBufferSize(context), ownsHandle: true);
    }

    /// <inheritdoc />
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new PositionalReadSlicer(path, OpenShared(path), BufferedIndexInput.GetBufferSize(context));
    }

    // Shared for reading, writing and deleting, as NIOFSDirectory opens its files: a merge may delete a file that a
    // reader still holds open.
    private static SafeFileHandle OpenShared(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
}
