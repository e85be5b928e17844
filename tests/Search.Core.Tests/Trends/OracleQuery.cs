namespace Search.Core.Tests.Trends;

/// <summary>
/// A narrative's query as the oracle reads it, written out by hand next to the query text: words, phrases and the
/// operators between them, evaluated over a text (a list of paragraphs) without the index.
/// </summary>
internal abstract record OracleQuery
{
    /// <summary>Whether the text, taken as one, matches.</summary>
    public abstract bool Matches(IReadOnlyList<AnalyzedParagraph> text);

    /// <summary>
    /// Where the query's positive words and phrases occur in the text: a paragraph and a start position in it. The
    /// same place may come more than once (from two leaves); the caller counts it once.
    /// </summary>
    public abstract IEnumerable<(int Paragraph, int Start)> Places(IReadOnlyList<AnalyzedParagraph> text);
}
