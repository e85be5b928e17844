using System.Globalization;
using Search.Core.Errors;

namespace Search.Core.Storage;

/// <summary>
/// The one-writer-at-a-time lock of an index folder, held for a whole indexing run.
/// </summary>
/// <remarks>
/// Lucene.Net 4.8's own NativeFSLockFactory did not keep a second process out on Linux (two runs were seen deleting
/// each other's files), so the product takes its own lock first: a file opened with <see cref="FileShare.None"/>,
/// which .NET maps to an exclusive <c>flock</c> on Unix. The operating system drops the lock when the process ends,
/// however it ends, so a killed run never leaves a stale lock behind; the file itself may stay and means nothing.
/// </remarks>
internal sealed class IndexWriteLock : IDisposable
{
    /// <summary>The lock file's name inside the index folder.</summary>
    public const string FileName = "search.lock";

    private readonly FileStream _file;

    private IndexWriteLock(FileStream file) => _file = file;

    /// <summary>Takes the lock, waiting while another process holds it.</summary>
    /// <param name="indexPath">The index folder; it must exist.</param>
    /// <param name="waiting">Called once if the lock is held by another process, before waiting starts.</param>
    /// <param name="cancel">Stops the wait.</param>
    /// <returns>The held lock; dispose it to release.</returns>
    /// <exception cref="SearchException">The folder is not writable.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    public static IndexWriteLock AcquireWaiting(string indexPath, Action waiting, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        var told = false;
        while (true)
        {
            try
            {
                return Acquire(indexPath);
            }
            catch (SearchException e) when (e.Kind == SearchErrorKind.IndexLocked)
            {
                if (!told)
                {
                    waiting();
                    told = true;
                }
                cancel.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(250));
                cancel.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Takes the lock, or fails at once if another process (or another run in this one) holds it.</summary>
    /// <param name="indexPath">The index folder; it must exist.</param>
    /// <returns>The held lock; dispose it to release.</returns>
    /// <exception cref="SearchException">The index is being updated by another process, or the folder is not writable.</exception>
    public static IndexWriteLock Acquire(string indexPath)
    {
        var path = Path.Combine(indexPath, FileName);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SearchException(SearchErrorKind.IndexWriteFailed,
                $"cannot write to the index folder {indexPath} ({e.Message})", e);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw new SearchException(SearchErrorKind.IndexLocked,
                $"the index at {indexPath} is being updated by another process; try again when it has finished (or use --wait)", e);
        }
        catch (IOException e)
        {
            throw new SearchException(SearchErrorKind.IndexWriteFailed,
                $"cannot write to the index folder {indexPath} ({e.Message.Split(" : ")[0]})", e);
        }
        // The holder's process id, for a person wondering who holds it; nothing reads it.
        file.SetLength(0);
        var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        file.Write(pid);
        file.Flush();
        return new IndexWriteLock(file);
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    // On Unix the HResult is the errno: EAGAIN/EWOULDBLOCK (11 on Linux, 35 on macOS) means another holder; anything
    // else (EROFS for a read-only folder, ENOSPC, ...) is a write failure. Windows reports sharing and lock violations.
    private static bool IsHeldElsewhere(IOException e) =>
        e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);
}
