using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Search.Core.Storage;

/// <summary>The files inside a compound file (<c>.cfs</c>), each a <see cref="PositionalReadInput"/> over one shared handle.</summary>
internal sealed class PositionalReadSlicer : Lucene.Net.Store.Directory.IndexInputSlicer
{
    private readonly string _path;
    private readonly SafeFileHandle _handle;
    private readonly IOContext _context;

    /// <summary>Slices an open file.</summary>
    /// <param name="path">The file's path, for error messages.</param>
    /// <param name="handle">The open file; closed with the slicer.</param>
    /// <param name="context">What the slices are read for.</param>
    public PositionalReadSlicer(string path, SafeFileHandle handle, IOContext context)
    {
        _path = path;
        _handle = handle;
        _context = context;
    }

    /// <inheritdoc />
    public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
        new PositionalReadInput($"PositionalReadInput({sliceDescription} in path=\"{_path}\" slice={offset}:{offset + length})",
            _handle, offset, length, BufferedIndexInput.GetBufferSize(_context), ownsHandle: false);

    /// <inheritdoc />
    [Obsolete("Only for reading CFS files from 3.x indexes.")]
    public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(_handle));

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _handle.Dispose();
        }
    }
}
