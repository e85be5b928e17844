namespace Search.Tests.Shared;

/// <summary>Text of made-up words (<c>w0</c>, <c>w1</c>, ...) for tests that need many documents of some length, not meaning.</summary>
internal static class RandomWords
{
    /// <summary>So many words, each drawn evenly from the first <paramref name="vocabulary"/>, separated by spaces.</summary>
    public static string Words(this Random random, int count, int vocabulary) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => $"w{random.Next(vocabulary)}"));
}
