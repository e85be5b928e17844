namespace Search.Cli.Tests;

/// <summary>
/// The command line's golden files: <c>Golden/NAME.expected.txt</c> in the source tree, compared by
/// <see cref="ExpectedFile"/> (a difference leaves <c>Golden/NAME.actual.txt</c> beside it).
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual) =>
        ExpectedFile.AssertMatches(Path.Combine(RepositoryPaths.Golden, name + ".expected.txt"), actual);
}
