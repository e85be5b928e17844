namespace Search.Core.Tests.Trends;

/// <summary>A quoted phrase: its exact words side by side, in order, inside one paragraph; found at its first word.</summary>
/// <param name="Text">The phrase as the query writes it, without the quotes.</param>
internal sealed record Phrase(string Text) : OracleQuery
{
    private readonly IReadOnlyList<(int Offset, string Term)> _terms = AnalyzedParagraph.ExactTerms(Text);

    public override bool Matches(IReadOnlyList<AnalyzedParagraph> text) => Places(text).Any();

    public override IEnumerable<(int Paragraph, int Start)> Places(IReadOnlyList<AnalyzedParagraph> text) =>
        text.SelectMany((p, i) => p.Exact.Keys
            .Where(start => _terms.All(t => p.Exact.TryGetValue(start + t.Offset, out var term) && term == t.Term))
            .Select(start => (i, start)));
}
