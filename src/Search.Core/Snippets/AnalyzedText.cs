namespace Search.Core.Snippets;

/// <summary>A text's tokens, indexed by term and by position, so each highlight unit is looked up, not scanned for.</summary>
public sealed class AnalyzedText
{
    /// <summary>Indexes the tokens of one analysis of a text.</summary>
    /// <param name="tokens">The tokens in order.</param>
    public AnalyzedText(List<AnalyzedToken> tokens)
    {
        Tokens = tokens;
        foreach (var token in tokens)
        {
            if (!ByTerm.TryGetValue(token.Term, out var list))
            {
                ByTerm[token.Term] = list = [];
            }
            list.Add(token);
            ByPosition[token.Position] = token;
        }
    }

    /// <summary>The tokens in order.</summary>
    public List<AnalyzedToken> Tokens { get; }

    /// <summary>Each term's occurrences, in order.</summary>
    public Dictionary<string, List<AnalyzedToken>> ByTerm { get; } = new(StringComparer.Ordinal);

    /// <summary>The token at each position.</summary>
    public Dictionary<int, AnalyzedToken> ByPosition { get; } = [];
}
