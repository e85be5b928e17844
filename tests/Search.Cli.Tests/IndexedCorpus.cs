namespace Search.Cli.Tests;

/// <summary>A class fixture: a copy of the default corpus, indexed once, for tests that only read the index.</summary>
public sealed class IndexedCorpus : IDisposable
{
    internal TempCorpus Workspace { get; } = new();

    public IndexedCorpus()
    {
        var run = Workspace.Search("index");
        if (run.ExitCode != 0)
        {
            Workspace.Dispose();
            throw new InvalidOperationException("indexing the default corpus failed\n" + run);
        }
    }

    public void Dispose() => Workspace.Dispose();
}
