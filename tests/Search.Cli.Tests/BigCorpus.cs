namespace Search.Cli.Tests;

/// <summary>
/// A collection fixture: a generated article file big enough that indexing it takes seconds (sized so an
/// uninterrupted <c>index</c> takes about 3-8 s on a 2-core machine), and, when first asked for, the export of an
/// uninterrupted index run of the default pages plus that file.
/// </summary>
public sealed class BigCorpus : IDisposable
{
    public const int Articles = 20_000;

    private readonly TempFolder _store = new();
    private readonly Lazy<string> _reference;

    public BigCorpus()
    {
        File = _store["big.jsonl"];
        GeneratedCorpus.WriteJsonLines(File, Articles, bodyWords: 80, seed: 20_240_601);
        _reference = new(IndexUninterrupted);
    }

    /// <summary>The generated .jsonl file; copy it into a corpus.</summary>
    public string File { get; }

    /// <summary>The export of the default pages plus the big file, indexed in one uninterrupted run into a fresh index.</summary>
    public string ReferenceExport => _reference.Value;

    /// <summary>Copies the big file into a corpus folder.</summary>
    public void AddTo(string corpus) => System.IO.File.Copy(File, Path.Combine(corpus, "big.jsonl"));

    public void Dispose() => _store.Dispose();

    private string IndexUninterrupted()
    {
        using var workspace = new TempCorpus();
        AddTo(workspace.Corpus);
        using var child = workspace.StartSearch("index", "--quiet");
        var run = child.WaitForExit(TimeSpan.FromMinutes(2));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("the uninterrupted reference run failed\n" + run);
        }
        var export = workspace.Search("export");
        if (export.ExitCode != 0)
        {
            throw new InvalidOperationException("exporting the reference index failed\n" + export);
        }
        return export.Out;
    }
}
