namespace Search.Core.Indexing;

/// <summary>Live counters of an indexing run, safe to read from another thread (for a progress bar).</summary>
public sealed class IndexProgress
{
    private long _bytesDone;
    private long _bytesInFile;
    private long _articles;
    private int _filesDone;

    /// <summary>Whether the run is waiting for another process to finish updating the index.</summary>
    public bool WaitingForLock { get; internal set; }

    /// <summary>Files the run will read; set once the corpus has been compared with the index.</summary>
    public int FilesTotal { get; internal set; }

    /// <summary>Bytes of the files the run will read.</summary>
    public long BytesTotal { get; internal set; }

    /// <summary>Files read so far.</summary>
    public int FilesDone => Volatile.Read(ref _filesDone);

    /// <summary>Bytes of the files read so far, the file being read included.</summary>
    public long BytesDone => Interlocked.Read(ref _bytesDone) + Interlocked.Read(ref _bytesInFile);

    /// <summary>Articles added to the index so far.</summary>
    public long Articles => Interlocked.Read(ref _articles);

    internal void FileDone(long bytes)
    {
        Interlocked.Exchange(ref _bytesInFile, 0);
        Interlocked.Increment(ref _filesDone);
        Interlocked.Add(ref _bytesDone, bytes);
    }

    // A single JSON Lines file can hold a whole corpus: the bar moves with the read position inside it.
    internal void ReadUpTo(long bytesInFile) => Interlocked.Exchange(ref _bytesInFile, bytesInFile);

    internal void ArticleDone() => Interlocked.Increment(ref _articles);
}
