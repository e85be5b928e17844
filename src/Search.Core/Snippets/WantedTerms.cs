namespace Search.Core.Snippets;

/// <summary>
/// The terms a text is analysed for: a snippet needs the tokens that can match a highlight unit, and nothing else.
/// Keeping only those, looked up without making a string of every token, spares most of the allocation that
/// recording every token of every analysed paragraph cost.
/// </summary>
internal sealed class WantedTerms
{
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _prefixes = [];
    private bool _everything;

    /// <summary>Creates an empty set: nothing is wanted until added.</summary>
    public WantedTerms() => _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Wants every token that equals one of these terms.</summary>
    /// <param name="terms">Analysed terms.</param>
    public void AddTerms(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _terms.UnionWith(terms);
    }

    /// <summary>Wants every token that starts with this.</summary>
    /// <param name="prefix">An analysed prefix.</param>
    public void AddPrefix(string prefix) => _prefixes.Add(prefix);

    /// <summary>Wants every token (a fuzzy word can be almost anything).</summary>
    public void AddEverything() => _everything = true;

    /// <summary>Whether a token is wanted, and if so its term as a string (the set's own where it has one).</summary>
    /// <param name="term">The token's characters.</param>
    /// <param name="kept">The term.</param>
    /// <returns>True when the token is wanted.</returns>
    public bool TryKeep(ReadOnlySpan<char> term, out string kept)
    {
        if (_lookup.TryGetValue(term, out var known))
        {
            kept = known;
            return true;
        }
        if (_everything || StartsWithAPrefix(term))
        {
            kept = term.ToString();
            return true;
        }
        kept = "";
        return false;
    }

    private bool StartsWithAPrefix(ReadOnlySpan<char> term)
    {
        foreach (var prefix in _prefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
