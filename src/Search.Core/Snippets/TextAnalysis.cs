using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Snippets;

/// <summary>Runs a field's analyzer over a text and keeps every token with its position and character offsets.</summary>
internal static class TextAnalysis
{
    /// <summary>Analyses a text as a field would be analysed at indexing time.</summary>
    /// <param name="analyzer">The per-field analyzer.</param>
    /// <param name="field">The index field whose analysis to use.</param>
    /// <param name="text">The text.</param>
    /// <returns>The tokens in order.</returns>
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string field, string text) =>
        Tokens(analyzer, field, text, null);

    /// <summary>Analyses a text as a field would be analysed at indexing time, keeping only the wanted tokens.</summary>
    /// <param name="analyzer">The per-field analyzer.</param>
    /// <param name="field">The index field whose analysis to use.</param>
    /// <param name="text">The text.</param>
    /// <param name="wanted">The tokens to keep (with their real positions); null keeps all.</param>
    /// <returns>The kept tokens in order.</returns>
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string field, string text, WantedTerms? wanted) =>
        Tokens(analyzer, field, text, wanted, out _);

    /// <summary>Analyses a text as a field would be analysed at indexing time, keeping only the wanted tokens.</summary>
    /// <param name="analyzer">The per-field analyzer.</param>
    /// <param name="field">The index field whose analysis to use.</param>
    /// <param name="text">The text.</param>
    /// <param name="wanted">The tokens to keep (with their real positions); null keeps all.</param>
    /// <param name="positions">How many positions the text's tokens take, kept or not: one past the last one's.</param>
    /// <returns>The kept tokens in order.</returns>
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string field, string text, WantedTerms? wanted, out int positions)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (wanted is null)
            {
                tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
            }
            else if (wanted.TryKeep(term.Buffer.AsSpan(0, term.Length), out var kept))
            {
                tokens.Add(new AnalyzedToken(kept, position, offset.StartOffset, offset.EndOffset));
            }
        }
        stream.End();
        positions = position + 1;
        return tokens;
    }
}
