namespace Search.Core.Tests.Trends;

/// <summary>Every part must match (<c>a b</c>, <c>a -b</c>), each anywhere in the text.</summary>
/// <param name="Parts">The parts; a <see cref="Not"/> among them excludes.</param>
internal sealed record And(params IReadOnlyList<OracleQuery> Parts) : OracleQuery
{
    public override bool Matches(IReadOnlyList<AnalyzedParagraph> text) => Parts.All(p => p.Matches(text));

    public override IEnumerable<(int Paragraph, int Start)> Places(IReadOnlyList<AnalyzedParagraph> text) =>
        Parts.SelectMany(p => p.Places(text));
}
