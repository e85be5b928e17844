using System.Globalization;

namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>
/// The benchmark folder shared beside the repository (<c>../shared/bench</c>): the Java Lucene 8 reference in
/// <c>lucene8/</c> and the generators of its corpus and query set. It is not part of this repository, so a checkout
/// without it skips the parity tests rather than failing them.
/// </summary>
internal static class SharedBench
{
    // Generating 5,000 articles takes about 5 s here; the first run also fetches two npm packages.
    private static readonly TimeSpan GeneratorTimeLimit = TimeSpan.FromMinutes(5);

    public static string Folder { get; } = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "bench"));

    public static string MakeCorpusScript => Path.Combine(Folder, "make_corpus.py");

    public static string MakeQueriesScript => Path.Combine(Folder, "make_queries.py");

    public static string LuceneFolder => Path.Combine(Folder, "lucene8");

    /// <summary>Why the folder cannot be used, or null when its scripts and the reference's sources are all there.</summary>
    public static string? MissingReason()
    {
        string[] needed = [MakeCorpusScript, MakeQueriesScript, Path.Combine(LuceneFolder, "build.sh"),
            Path.Combine(LuceneFolder, "Index.java"), Path.Combine(LuceneFolder, "Search.java")];
        var missing = needed.Where(f => !File.Exists(f)).ToList();
        return missing.Count == 0 ? null : $"the shared benchmark folder {Folder} lacks {string.Join(", ", missing.Select(Path.GetFileName))}";
    }

    /// <summary>Writes <paramref name="articles"/> articles of Brown-corpus English with comment threads, as JSON Lines.</summary>
    public static void MakeCorpus(string outFile, int articles, int seed, string workingDirectory) =>
        ChildProcess.Run("generating the corpus", "python3",
            [MakeCorpusScript, "--articles", articles.ToString(CultureInfo.InvariantCulture),
                "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", outFile],
            GeneratorTimeLimit, workingDirectory);

    /// <summary>Writes the benchmark query set of a corpus: <c>id&lt;TAB&gt;query</c> lines, nine classes.</summary>
    public static void MakeQueries(string corpusFile, string outFile, int perClass, string workingDirectory)
    {
        var lines = ChildProcess.Run("generating the queries", "python3",
            [MakeQueriesScript, corpusFile, "--per-class", perClass.ToString(CultureInfo.InvariantCulture)],
            GeneratorTimeLimit, workingDirectory);
        File.WriteAllText(outFile, lines);
    }
}
