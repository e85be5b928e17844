namespace Search.Cli.Tests;

/// <summary>
/// A temporary folder holding a copy of the default corpus (<c>corpus/</c>) and room for an index (<c>index/</c>);
/// deleted on dispose. Commands run with this folder as the working directory, so paths print as <c>corpus/...</c>.
/// </summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus(bool copyDefaultCorpus = true)
    {
        Folder = Path.Combine(Path.GetTempPath(), "search-cli-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Corpus);
        if (copyDefaultCorpus)
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.DefaultCorpus))
            {
                File.Copy(file, Path.Combine(Corpus, Path.GetFileName(file)));
            }
        }
    }

    /// <summary>The temporary folder; also the working directory of every command run.</summary>
    public string Folder { get; }

    public string Corpus => Path.Combine(Folder, "corpus");

    public string Index => Path.Combine(Folder, "index");

    /// <summary>A path inside the temporary folder (not created).</summary>
    public string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    /// <summary>Runs <c>search</c> in-process on this corpus and index: <c>--corpus</c> and <c>--index</c> are appended.</summary>
    public CliRun Search(params string[] args) => CliRun.Invoke(Folder, [.. args, "--corpus", Corpus, "--index", Index]);

    /// <summary>Runs <c>search</c> in-process with exactly these arguments, from the temporary folder.</summary>
    public CliRun SearchWith(params string[] args) => CliRun.Invoke(Folder, args);

    public void Dispose()
    {
        // A killed child process may still hold a file for a moment; a leftover temp folder must not fail a test.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(Folder))
                {
                    Directory.Delete(Folder, recursive: true);
                }
                return;
            }
            catch (IOException) when (attempt < 4)
            {
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException) when (attempt < 4)
            {
                Thread.Sleep(200);
            }
        }
    }
}
