namespace Search.Cli.Tests;

/// <summary>Finds the repository's own folders from the test's output folder, without any path of this machine.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The five scraped pages every in-process test copies.</summary>
    public static string DefaultCorpus => Path.Combine(Root, "corpus");

    /// <summary>The golden files, in the source tree (not the output folder) so a failing run leaves its output beside them.</summary>
    public static string Golden => Path.Combine(Root, "tests", "Search.Cli.Tests", "Golden");

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
