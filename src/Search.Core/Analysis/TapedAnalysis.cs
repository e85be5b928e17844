using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// Analysis for indexing that tokenizes each text once although several fields index it: the stemmed field, its
/// exact shadow and its translit shadow get the same tokenizer output, each through its own filters (the same
/// filters as <see cref="StemmedAnalyzer"/>, <see cref="ExactAnalyzer"/> and <see cref="TranslitAnalyzer"/>, so
/// terms are identical; the translit shadow keeps only Cyrillic words). Tokenizing was the largest share of
/// analysis time. One instance per indexing thread; texts are remembered until <see cref="Forget"/>, called
/// between documents.
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
    private readonly TapeTokenizer _translitTape = new();
    private readonly TokenStream _stemmed;
    private readonly TokenStream _exact;
    private readonly TokenStream _translit;
    private readonly Dictionary<string, TokenTape> _tapes = new(StringComparer.Ordinal);

    /// <summary>Creates the tokenizer and the filter chains.</summary>
    /// <param name="languages">The schema's languages.</param>
    public TapedAnalysis(IReadOnlyList<TextLanguage> languages)
    {
        _term = _tokenizer.AddAttribute<ICharTermAttribute>();
        _offset = _tokenizer.AddAttribute<IOffsetAttribute>();
        _increment = _tokenizer.AddAttribute<IPositionIncrementAttribute>();
        _type = _tokenizer.AddAttribute<ITypeAttribute>();
        // The tokenizer starts closed, as after a run, so that every text can be handed to it the same way.
        _tokenizer.Dispose();
        _stemmed = TextLanguages.Stemmed(_stemmedTape, languages);
        _exact = TextLanguages.Folded(_exactTape, languages);
        _translit = new TranslitFilter(TextLanguages.Folded(_translitTape, languages), cyrillicOnly: true);
    }

    /// <summary>The analysed tokens of a text, ready for one consumer (Lucene resets, reads and closes it).</summary>
    /// <param name="text">The text.</param>
    /// <param name="analyzer">The schema's analyzer name: <c>stemmed</c>, <c>exact</c> or <c>translit</c>.</param>
    /// <returns>The stream; valid until the next call.</returns>
    public TokenStream Stream(string text, string analyzer)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_tapes.TryGetValue(text, out var tape))
        {
            _tapes[text] = tape = Record(text);
        }
        var (player, stream) = analyzer switch
        {
            "stemmed" => (_stemmedTape, _stemmed),
            "exact" => (_exactTape, _exact),
            "translit" => (_translitTape, _translit),
            _ => throw new ArgumentOutOfRangeException(nameof(analyzer), analyzer, "not a taped analyzer"),
        };
        player.Load(tape);
        return stream;
    }

    /// <summary>Whether <see cref="Stream"/> serves an analyzer of the schema.</summary>
    public static bool Serves(string analyzer) => analyzer is "stemmed" or "exact" or "translit";

    /// <summary>Drops the remembered texts (call before each document).</summary>
    public void Forget() => _tapes.Clear();

    /// <inheritdoc />
    public void Dispose()
    {
        _stemmed.Dispose();
        _exact.Dispose();
        _translit.Dispose();
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
