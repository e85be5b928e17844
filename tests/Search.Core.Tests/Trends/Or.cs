namespace Search.Core.Tests.Trends;

/// <summary>Any part may match (<c>a OR b</c>).</summary>
/// <param name="Parts">The alternatives.</param>
internal sealed record Or(params IReadOnlyList<OracleQuery> Parts) : OracleQuery
{
    public override bool Matches(IReadOnlyList<AnalyzedParagraph> text) => Parts.Any(p => p.Matches(text));

    // Every alternative's places, whether it is the one that matched or not: all are the query's words.
    public override IEnumerable<(int Paragraph, int Start)> Places(IReadOnlyList<AnalyzedParagraph> text) =>
        Parts.SelectMany(p => p.Places(text));
}
