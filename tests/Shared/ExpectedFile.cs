namespace Search.Tests.Shared;

/// <summary>
/// Compares output with an expected file in the source tree (<c>X.expected.EXT</c>). On a difference it writes
/// <c>X.actual.EXT</c> beside it (ignored by git), in the source tree rather than the output folder, so the two can
/// be diffed where they are reviewed, and accepted by renaming the actual file. The one comparison behind every
/// expected and golden file of both test projects.
/// </summary>
internal static class ExpectedFile
{
    /// <summary>A path in this test project's source folder, where expected files are kept.</summary>
    /// <param name="parts">The path below the test project's folder (tests/Search.Core.Tests, tests/Search.Cli.Tests).</param>
    public static string InSourceTree(params string[] parts) =>
        Path.Combine([RepositoryPaths.TestProject, .. parts]);

    /// <summary>Fails with the first differing line unless <paramref name="actual"/> is the file's text.</summary>
    /// <param name="expectedPath">The expected file, named <c>X.expected.EXT</c>.</param>
    /// <param name="actual">The output.</param>
    /// <param name="absentMeansEmpty">
    /// No file is the same as an empty one: for output most cases do not have (warnings), so that only the cases
    /// with some carry a file for it.
    /// </param>
    /// <param name="actualPath">Where the output goes on a difference; by default the expected file's name with <c>.actual.</c>.</param>
    public static void AssertMatches(string expectedPath, string actual, bool absentMeansEmpty = false, string? actualPath = null)
    {
        var name = Path.GetFileName(expectedPath);
        if (actualPath is null)
        {
            Assert.Contains(".expected.", name, StringComparison.Ordinal);
            actualPath = Path.Combine(Path.GetDirectoryName(expectedPath)!, name.Replace(".expected.", ".actual.", StringComparison.Ordinal));
        }
        actual = actual.ReplaceLineEndings("\n");
        string expected;
        if (File.Exists(expectedPath))
        {
            expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        }
        else if (absentMeansEmpty)
        {
            expected = "";
        }
        else
        {
            File.WriteAllText(actualPath, actual);
            Assert.Fail($"no expected file {expectedPath}; the output is in {actualPath}: read it, then rename it to accept it");
            return;
        }
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }
        File.WriteAllText(actualPath, actual);
        var (e, a) = (expected.Split('\n'), actual.Split('\n'));
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }
        Assert.Fail($"output differs from {expectedPath} at line {line + 1}:\n" +
            $"  expected: {(line < e.Length ? e[line] : "<end of file>")}\n" +
            $"  actual:   {(line < a.Length ? a[line] : "<end of output>")}\n" +
            $"see the whole difference with: diff -u {expectedPath} {actualPath}\n" +
            (absentMeansEmpty && actual.Length == 0
                ? "(if no output is right, delete the expected file)"
                : "(if the new output is right, rename the actual file to the expected one)"));
    }
}
