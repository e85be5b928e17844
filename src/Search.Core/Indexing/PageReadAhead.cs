using System.Runtime.ExceptionServices;
using Search.Core.Corpus;

namespace Search.Core.Indexing;

/// <summary>
/// Reads the next few whole-file pages (HTML and text pages, JSON documents) on other threads while the indexer
/// indexes the current one, and hands them over in corpus order. Parsing a saved web page costs more than indexing
/// its text, so one reading thread would leave the writer threads waiting. JSON Lines files stream and are not read
/// ahead.
/// </summary>
internal sealed class PageReadAhead
{
    private readonly IReadOnlyList<CorpusFile> _files;
    private readonly Task<PageRead>?[] _reads;
    private readonly int _window;
    private int _started;

    /// <summary>Prepares to read the given files.</summary>
    /// <param name="files">The files in the order the indexer takes them.</param>
    /// <param name="window">How many pages are read at once, ahead of the one being indexed.</param>
    public PageReadAhead(IReadOnlyList<CorpusFile> files, int window)
    {
        _files = files;
        _reads = new Task<PageRead>?[files.Count];
        _window = Math.Max(1, window);
    }

    /// <summary>Whether a file is read whole, and so by this class.</summary>
    /// <param name="file">A corpus file.</param>
    public static bool ReadsWhole(CorpusFile file) => CorpusFileReader.IsWholeFile(file.RelativePath);

    /// <summary>The read of file <paramref name="index"/>, waiting for it; starts reading the files after it.</summary>
    /// <param name="index">The file's place in the list; a whole-file page.</param>
    /// <returns>Its articles and warnings, or the I/O failure that kept it from being read.</returns>
    public PageRead Take(int index)
    {
        for (; _started < _files.Count && _started <= index + _window; _started++)
        {
            if (ReadsWhole(_files[_started]))
            {
                var file = _files[_started];
                _reads[_started] = Task.Run(() => Read(file));
            }
        }
        var read = _reads[index] ?? throw new InvalidOperationException($"{_files[index].RelativePath} is not read whole");
        _reads[index] = null;
        var result = read.GetAwaiter().GetResult();
        if (result.Failure is { } failure and not (IOException or UnauthorizedAccessException))
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
        return result;
    }

    private static PageRead Read(CorpusFile file)
    {
        var warnings = new List<CorpusWarning>();
        try
        {
            return new PageRead(CorpusFileReader.ReadWhole(file.FullPath, file.RelativePath, warnings), warnings, null);
        }
        catch (Exception e)
        {
            return new PageRead([], warnings, e);
        }
    }
}
