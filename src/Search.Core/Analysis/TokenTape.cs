using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// What one run of the tokenizer made of a text (after typographic folding): each token's characters, offsets in
/// the original text, position increment and type, and the end state. Played back into the stemmed and the exact
/// filter chains, it spares the second tokenizer run that analysing the same text for two fields would cost.
/// </summary>
internal sealed class TokenTape
{
    private char[] _chars;
    private int _charCount;
    private TapedToken[] _tokens = new TapedToken[16];

    /// <summary>Creates an empty tape for a text of about this length.</summary>
    /// <param name="textLength">The text's length, to size the character store.</param>
    public TokenTape(int textLength) => _chars = new char[Math.Max(16, textLength)];

    /// <summary>Empties the tape for another text, keeping its stores (grown to this text's length if shorter).</summary>
    /// <param name="textLength">The next text's length.</param>
    public void Clear(int textLength)
    {
        if (_chars.Length < textLength)
        {
            _chars = new char[textLength];
        }
        _charCount = 0;
        Count = 0;
        FinalOffset = 0;
        FinalIncrement = 0;
    }

    /// <summary>How many tokens the tape holds.</summary>
    public int Count { get; private set; }

    /// <summary>The offset the tokenizer reported at its end.</summary>
    public int FinalOffset { get; private set; }

    /// <summary>The position increment the tokenizer reported at its end (positions it skipped last).</summary>
    public int FinalIncrement { get; private set; }

    /// <summary>Records a token.</summary>
    public void Add(ReadOnlySpan<char> term, int startOffset, int endOffset, int increment, string type)
    {
        if (_charCount + term.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
        }
        if (Count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }
        term.CopyTo(_chars.AsSpan(_charCount));
        _tokens[Count++] = new TapedToken(_charCount, term.Length, startOffset, endOffset, increment, type);
        _charCount += term.Length;
    }

    /// <summary>Records the tokenizer's end state.</summary>
    public void End(int finalOffset, int finalIncrement) => (FinalOffset, FinalIncrement) = (finalOffset, finalIncrement);

    /// <summary>Puts the characters of token <paramref name="index"/> into a term attribute.</summary>
    public void CopyTerm(int index, ICharTermAttribute term)
    {
        ArgumentNullException.ThrowIfNull(term);
        term.CopyBuffer(_chars, _tokens[index].CharStart, _tokens[index].Length);
    }

    /// <summary>Token <paramref name="index"/> without its characters.</summary>
    public TapedToken this[int index] => _tokens[index];
}
