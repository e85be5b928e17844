using System.Text;

namespace Search.Tests.Shared;

/// <summary>A folder of its own under the system's temp folder, for one test or fixture; deleted with all it holds on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private const int DeleteAttempts = 5;

    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "search-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the folder (not created).</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes a file inside the folder, making the folders on its way; returns its full path.</summary>
    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    /// <inheritdoc cref="Write(string, string)"/>
    public string Write(string relative, byte[] bytes)
    {
        var full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        // A killed child process may still hold a file for a moment, so deleting is tried a few times. After that the
        // folder is left behind: a leftover temp folder is harmless, and failing the test over it would hide its result.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(Path))
                {
                    Directory.Delete(Path, recursive: true);
                }
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (attempt == DeleteAttempts)
                {
                    return;
                }
                Thread.Sleep(200);
            }
        }
    }
}
