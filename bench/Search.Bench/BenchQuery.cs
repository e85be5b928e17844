using System.Text.RegularExpressions;

namespace Search.Bench;

/// <summary>One line of a query file: its id names its class (<c>phrase2-017</c> is of class <c>phrase2</c>).</summary>
internal sealed partial record BenchQuery(string Id, string Text)
{
    /// <summary>The id without its trailing <c>-NNN</c>, as the Java reference groups its latencies.</summary>
    public string Class => TrailingNumber().Replace(Id, "");

    /// <summary>Phrase classes and any quoted query: where exact-phrase matching can differ between the engines.</summary>
    public bool IsPhrase => Class is "phrase2" or "phrase3" || Text.Contains('"', StringComparison.Ordinal);

    [GeneratedRegex(@"-\d+$")]
    private static partial Regex TrailingNumber();
}
