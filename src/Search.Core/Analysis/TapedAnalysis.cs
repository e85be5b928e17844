using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// Analysis for indexing that tokenizes each text once although two fields index it: the stemmed field and its
/// exact shadow get the same tokenizer output, each through its own filters (the same filters as
/// <see cref="EnglishStemmedAnalyzer"/> and <see cref="ExactAnalyzer"/>, so terms are identical). Tokenizing was
/// the largest share of analysis time. One instance per indexing thread; texts are remembered until
/// <see cref="Forget"/>, called between documents.
/// </summary>
internal sealed class TapedAnalysis : IDisposable
{
    private readonly StandardTokenizer _tokenizer = new(LuceneVersion.LUCENE_48, TextReader.Null);
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private readonly TapeTokenizer _stemmedTape = new();
    private readonly TapeTokenizer _exactTape = new();
    private readonly TokenStream _stemmed;
    private readonly TokenStream _exact;
    private readonly Dictionary<string, TokenTape> _tapes = new(StringComparer.Ordinal);

    /// <summary>Creates the tokenizer and both filter chains.</summary>
    public TapedAnalysis()
    {
        _term = _tokenizer.AddAttribute<ICharTermAttribute>();
        _offset = _tokenizer.AddAttribute<IOffsetAttribute>();
        _increment = _tokenizer.AddAttribute<IPositionIncrementAttribute>();
        _type = _tokenizer.AddAttribute<ITypeAttribute>();
        // The tokenizer starts closed, as after a run, so that every text can be handed to it the same way.
        _tokenizer.Dispose();
        _stemmed = EnglishStemmedAnalyzer.Filters(_stemmedTape);
        _exact = ExactAnalyzer.Filters(_exactTape);
    }

    /// <summary>The analysed tokens of a text, ready for one consumer (Lucene resets, reads and closes it).</summary>
    /// <param name="text">The text.</param>
    /// <param name="stemmed">The stemmed chain, or the exact one.</param>
    /// <returns>The stream; valid until the next call.</returns>
    public TokenStream Stream(string text, bool stemmed)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_tapes.TryGetValue(text, out var tape))
        {
            _tapes[text] = tape = Record(text);
        }
        (stemmed ? _stemmedTape : _exactTape).Load(tape);
        return stemmed ? _stemmed : _exact;
    }

    /// <summary>Drops the remembered texts (call before each document).</summary>
    public void Forget() => _tapes.Clear();

    /// <inheritdoc />
    public void Dispose()
    {
        _stemmed.Dispose();
        _exact.Dispose();
    }

    private TokenTape Record(string text)
    {
        var tape = new TokenTape(text.Length);
        _tokenizer.SetReader(new TypographicCharFilter(new StringReader(text)));
        _tokenizer.Reset();
        while (_tokenizer.IncrementToken())
        {
            tape.Add(_term.Buffer.AsSpan(0, _term.Length), _offset.StartOffset, _offset.EndOffset, _increment.PositionIncrement, _type.Type);
        }
        _tokenizer.End();
        tape.End(_offset.EndOffset, _increment.PositionIncrement);
        _tokenizer.Dispose();
        return tape;
    }
}
