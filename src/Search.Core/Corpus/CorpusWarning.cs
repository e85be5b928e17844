namespace Search.Core.Corpus;

/// <summary>Something in the corpus that was skipped or read with a guess; the run goes on.</summary>
/// <param name="Path">The file, relative to the corpus folder.</param>
/// <param name="Line">The line the problem is on, where it concerns one line (JSON Lines), else null.</param>
/// <param name="Message">What is wrong and what was done about it.</param>
public sealed record CorpusWarning(string Path, int? Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line is { } line ? $"{Path}:{line}: {Message}" : $"{Path}: {Message}";
}
