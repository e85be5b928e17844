namespace Search.Core.Tests.Trends;

/// <summary>A bare word: found wherever its stem is, in any paragraph (<c>reports</c> finds "reported").</summary>
/// <param name="Text">The word as the query writes it.</param>
internal sealed record Word(string Text) : OracleQuery
{
    private readonly string _term = AnalyzedParagraph.StemmedTerm(Text);

    public override bool Matches(IReadOnlyList<AnalyzedParagraph> text) => text.Any(p => p.Stemmed.Values.Contains(_term));

    public override IEnumerable<(int Paragraph, int Start)> Places(IReadOnlyList<AnalyzedParagraph> text) =>
        text.SelectMany((p, i) => p.Stemmed.Where(t => t.Value == _term).Select(t => (i, t.Key)));
}
