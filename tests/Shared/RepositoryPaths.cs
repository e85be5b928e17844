namespace Search.Tests.Shared;

/// <summary>
/// Finds the repository's own folders from the test's output folder, without any path of this machine. Compiled into
/// each test project, so "this test project" below is the one whose assembly holds this copy.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The five scraped pages in <c>corpus/</c> that tests index or copy.</summary>
    public static string DefaultCorpus => Path.Combine(Root, "corpus");

    /// <summary>Every line of the default corpus' pages that is not empty, page after page.</summary>
    public static IEnumerable<string> DefaultCorpusLines() =>
        Directory.EnumerateFiles(DefaultCorpus).SelectMany(File.ReadLines).Where(l => l.Length > 0);

    /// <summary>This test project's folder in the source tree: <c>tests/</c> and the test assembly's name.</summary>
    public static string TestProject => Path.Combine(Root, "tests", typeof(RepositoryPaths).Assembly.GetName().Name!);

    /// <summary>
    /// This test project's golden files (only the command-line tests have them), in the source tree (not the output
    /// folder) so a failing run leaves its output beside them.
    /// </summary>
    public static string Golden => Path.Combine(TestProject, "Golden");

    /// <summary>
    /// A file of this test project's <c>Fixtures/</c>, read from the copy the build puts in the output folder, so a test
    /// reads exactly what was built with it.
    /// </summary>
    public static string Fixture(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Search.sln not found above " + AppContext.BaseDirectory);
    }
}
