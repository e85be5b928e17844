namespace Search.Cli.Tests;

/// <summary>
/// Compares output with <c>Golden/NAME.expected.txt</c> in the source tree. On a difference it writes
/// <c>Golden/NAME.actual.txt</c> beside it (ignored by git) so the two can be diffed, and fails.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        var expectedPath = Path.Combine(RepositoryPaths.Golden, name + ".expected.txt");
        var actualPath = Path.Combine(RepositoryPaths.Golden, name + ".actual.txt");
        actual = actual.ReplaceLineEndings("\n");
        if (!File.Exists(expectedPath))
        {
            File.WriteAllText(actualPath, actual);
            Assert.Fail($"no golden file {expectedPath}; the output is in {actualPath}: read it, then rename it to accept it");
        }
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            if (File.Exists(actualPath))
            {
                File.Delete(actualPath);
            }
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
            $"diff it with {actualPath}");
    }
}
