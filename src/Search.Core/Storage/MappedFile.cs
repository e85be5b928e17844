using System.Diagnostics.CodeAnalysis;
using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;

namespace Search.Core.Storage;

/// <summary>
/// One index file mapped into memory, read only, shared by the input that opened it, its clones and its slices, and
/// unmapped when that input (or the compound file's slicer) is disposed. Lucene never reads a clone after its
/// original is closed; if anything did, it gets an <see cref="ObjectDisposedException"/>, not a read of freed memory.
/// </summary>
internal sealed unsafe class MappedFile
{
    private readonly MemoryMappedViewAccessor? _view;
    private readonly string _path;
    private byte* _base;

    private MappedFile(string path, MemoryMappedViewAccessor? view, byte* start, long length)
    {
        (_path, _view, Length) = (path, view, length);
        _base = start;
    }

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; }

    /// <summary>The first byte of the file.</summary>
    /// <exception cref="ObjectDisposedException">The file has been unmapped.</exception>
    public byte* Start
    {
        // Read for every byte Lucene's decompressors take: inlined, its rare failure out of line.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var start = _base;
            if (start == null && Length != 0)
            {
                ThrowClosed();
            }
            return start;
        }
    }

    /// <summary>Maps a whole file.</summary>
    /// <param name="path">The file.</param>
    public static MappedFile Open(string path)
    {
        // Shared as NIOFSDirectory opens its files: a merge may delete a file that a reader still has mapped.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var length = stream.Length;
        if (length == 0)
        {
            // An empty file cannot be mapped, and has nothing to read.
            return new MappedFile(path, null, null, 0);
        }
        // The mapping outlives the file handle and the mapping object: only the view is kept.
        using var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        return new MappedFile(path, view, start + view.PointerOffset, length);
    }

    [DoesNotReturn]
    private void ThrowClosed() => throw new ObjectDisposedException(_path, "the index file has been closed");

    /// <summary>Unmaps the file; reading it afterwards is an <see cref="ObjectDisposedException"/>.</summary>
    public void Unmap()
    {
        if (_base == null || _view is null)
        {
            return;
        }
        _base = null;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
    }
}
