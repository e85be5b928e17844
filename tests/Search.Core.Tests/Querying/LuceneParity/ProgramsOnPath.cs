namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>Whether a program can be started by name, as a shell would find it on PATH.</summary>
internal static class ProgramsOnPath
{
    /// <summary>The programs of <paramref name="names"/> that no PATH folder holds, in the order given.</summary>
    public static IReadOnlyList<string> Missing(params string[] names)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.Where(name => !folders.Any(folder => File.Exists(Path.Combine(folder, name)))).ToList();
    }
}
