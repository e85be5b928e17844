using Lucene.Net.Store;

namespace Search.Core.Storage;

/// <summary>Slices of one mapped compound file; disposing the slicer unmaps the file under its slices.</summary>
internal sealed class MappedSlicer : Lucene.Net.Store.Directory.IndexInputSlicer
{
    private readonly MappedFile _file;
    private readonly string _path;

    /// <summary>Maps a compound file for slicing.</summary>
    /// <param name="path">The file.</param>
    public MappedSlicer(string path) => (_path, _file) = (path, MappedFile.Open(path));

    /// <inheritdoc />
    public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
        new MappedIndexInput($"MappedIndexInput({sliceDescription} in path=\"{_path}\" slice={offset}:{offset + length})",
            _file, offset, length, owner: false);

    /// <inheritdoc />
    [Obsolete("Only for reading CFS files from 3.x indexes.")]
    public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, _file.Length);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Unmap();
        }
    }
}
