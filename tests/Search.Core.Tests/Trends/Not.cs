namespace Search.Core.Tests.Trends;

/// <summary>An excluded part (<c>-b</c>), inside an <see cref="And"/>: the text must not match it.</summary>
/// <param name="Excluded">What must not occur.</param>
internal sealed record Not(OracleQuery Excluded) : OracleQuery
{
    public override bool Matches(IReadOnlyList<AnalyzedParagraph> text) => !Excluded.Matches(text);

    // An excluded word is never counted: where the text matches, it does not occur.
    public override IEnumerable<(int Paragraph, int Start)> Places(IReadOnlyList<AnalyzedParagraph> text) => [];
}
