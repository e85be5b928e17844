using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Search.Core.Storage;

/// <summary>
/// One index file, or a slice of a compound file, read through <see cref="RandomAccess"/> at absolute positions: the
/// handle keeps no position of its own, so clones on other threads share it without a lock.
/// </summary>
internal sealed class PositionalReadInput : BufferedIndexInput
{
    private readonly SafeFileHandle _handle;
    private readonly long _start;
    private readonly long _end;
    private bool _ownsHandle;

    /// <summary>Reads <paramref name="length"/> bytes of a file from <paramref name="start"/>.</summary>
    /// <param name="description">What is read, for error messages.</param>
    /// <param name="handle">The open file.</param>
    /// <param name="start">Where the input begins in the file.</param>
    /// <param name="length">The input's length.</param>
    /// <param name="bufferSize">The read buffer's size.</param>
    /// <param name="ownsHandle">Whether disposing the input closes the file (not for slices and clones).</param>
    public PositionalReadInput(string description, SafeFileHandle handle, long start, long length, int bufferSize, bool ownsHandle)
        : base(description, bufferSize)
    {
        _handle = handle;
        _start = start;
        _end = start + length;
        _ownsHandle = ownsHandle;
    }

    /// <inheritdoc />
    public override long Length => _end - _start;

    /// <inheritdoc />
    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        var position = _start + Position;
        if (position + length > _end)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }
        var done = 0;
        while (done < length)
        {
            var read = RandomAccess.Read(_handle, b.AsSpan(offset + done, length - done), position + done);
            if (read <= 0)
            {
                // The file is shorter than when it was opened: it never should be.
                throw new EndOfStreamException($"read past EOF: {this} at {position + done}");
            }
            done += read;
        }
    }

    /// <inheritdoc />
    protected override void SeekInternal(long pos)
    {
        // Every read says where it reads from: nothing to move.
    }

    /// <inheritdoc />
    public override object Clone()
    {
        var clone = (PositionalReadInput)base.Clone();
        clone._ownsHandle = false;
        return clone;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsHandle)
        {
            _ownsHandle = false;
            _handle.Dispose();
        }
    }
}
