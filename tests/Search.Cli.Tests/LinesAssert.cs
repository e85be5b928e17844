namespace Search.Cli.Tests;

/// <summary>Compares long outputs (tens of thousands of lines) and reports the first line that differs, not the whole text.</summary>
internal static class LinesAssert
{
    public static void Equal(string expected, string actual)
    {
        var e = expected.ReplaceLineEndings("\n").Split('\n');
        var a = actual.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i])
            {
                Assert.Fail($"line {i + 1} differs:\n  expected: {Shorten(e[i])}\n  actual:   {Shorten(a[i])}");
            }
        }
        Assert.True(e.Length == a.Length, $"expected {e.Length} lines, got {a.Length}");
    }

    private static string Shorten(string line) => line.Length <= 300 ? line : line[..300] + "...";
}
