using System.Reflection;

namespace Search.MicroBench;

/// <summary>The repository this program was built from, as its build recorded it.</summary>
internal static class Repository
{
    /// <summary>The repository's top folder.</summary>
    public static string Root { get; } =
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("the build did not record the repository root");

    /// <summary>The default corpus.</summary>
    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>Where the reports go: under artifacts/, which git ignores.</summary>
    public static string Reports => Path.Combine(Root, "artifacts", "microbench");
}
