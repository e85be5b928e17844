namespace Search.Cli.Tests;

/// <summary>
/// A temporary folder holding a copy of the default corpus (<c>corpus/</c>) and room for an index (<c>index/</c>);
/// deleted on dispose. Commands run with this folder as the working directory, so paths print as <c>corpus/...</c>.
/// </summary>
internal sealed class TempCorpus : IDisposable
{
    private readonly TempFolder _folder = new();

    public TempCorpus(bool copyDefaultCorpus = true)
    {
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
    public string Folder => _folder.Path;

    public string Corpus => _folder["corpus"];

    public string Index => _folder["index"];

    /// <summary>A path inside the temporary folder (not created).</summary>
    public string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    /// <summary>Writes a file inside the temporary folder (<c>corpus/NAME</c> for a corpus file), making its folders; returns its full path.</summary>
    public string Write(string relative, string text) => _folder.Write(relative, text);

    /// <summary>Runs <c>search</c> in-process on this corpus and index: <c>--corpus</c> and <c>--index</c> are appended.</summary>
    public CliRun Search(params string[] args) => CliRun.Invoke(Folder, [.. args, "--corpus", Corpus, "--index", Index]);

    /// <summary>
    /// Starts <c>search</c> as a child process on this corpus and index, from the temporary folder: <c>--corpus</c> and
    /// <c>--index</c> are appended.
    /// </summary>
    public SearchProcess StartSearch(params string[] args) => SearchProcess.Start(Folder, [.. args, "--corpus", Corpus, "--index", Index]);

    /// <summary>Runs <c>search</c> in-process with exactly these arguments, from the temporary folder.</summary>
    public CliRun SearchWith(params string[] args) => CliRun.Invoke(Folder, args);

    public void Dispose() => _folder.Dispose();
}
