namespace Search.Core.Snippets;

/// <summary>A text's tokens, indexed by term and by position on first use, so each highlight unit is looked up, not scanned for.</summary>
internal sealed class AnalyzedText
{
    /// <summary>Indexes the tokens of one analysis of a text.</summary>
    /// <param name="tokens">The tokens in order.</param>
    public AnalyzedText(List<AnalyzedToken> tokens) => Tokens = tokens;

    /// <summary>The tokens in order.</summary>
    public List<AnalyzedToken> Tokens { get; }

    /// <summary>Each term's occurrences, in order.</summary>
    public Dictionary<string, List<AnalyzedToken>> ByTerm => field ??= IndexByTerm(Tokens);

    /// <summary>The token at each position.</summary>
    public Dictionary<int, AnalyzedToken> ByPosition => field ??= Tokens.ToDictionary(t => t.Position);

    private static Dictionary<string, List<AnalyzedToken>> IndexByTerm(List<AnalyzedToken> tokens)
    {
        var byTerm = new Dictionary<string, List<AnalyzedToken>>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (!byTerm.TryGetValue(token.Term, out var list))
            {
                byTerm[token.Term] = list = [];
            }
            list.Add(token);
        }
        return byTerm;
    }
}
