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
/// analysis time. A text without words of a language's script is played through chains without that language's
/// filters, which would pass its every word untouched: English text pays nothing for Russian. One instance per
/// indexing thread; texts are remembered until <see cref="Forget"/>, called between documents.
/// </summary>
internal sealed class TapedAnalysis : IDisposable
{
    private readonly StandardTokenizer _tokenizer = new(LuceneVersion.LUCENE_48, TextReader.Null);
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private readonly IReadOnlyList<TextLanguage> _languages;
    private readonly (TapeTokenizer Player, TokenStream Stream) _stemmed;
    private readonly (TapeTokenizer Player, TokenStream Stream) _exact;
    private readonly (TapeTokenizer Player, TokenStream Stream) _translit;
    private readonly (TapeTokenizer Player, TokenStream Stream) _stemmedCatchAll;
    private readonly (TapeTokenizer Player, TokenStream Stream) _exactCatchAll;
    private readonly Dictionary<string, (TokenTape Tape, bool AllLanguages)> _tapes = new(StringComparer.Ordinal);
    private readonly Stack<TokenTape> _spareTapes = new();
    private readonly char[] _filterBuffer = new char[TypographicCharFilter.BufferSize];

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
        _languages = languages;
        _stemmed = Chain(tape => TextLanguages.Stemmed(tape, languages));
        _exact = Chain(tape => TextLanguages.Folded(tape, languages));
        _translit = Chain(tape => new TranslitFilter(TextLanguages.Folded(tape, languages), cyrillicOnly: true));
        List<TextLanguage> catchAll = [.. languages.Where(l => l.TakesTheRest)];
        _stemmedCatchAll = Chain(tape => TextLanguages.Stemmed(tape, catchAll));
        _exactCatchAll = Chain(tape => TextLanguages.Folded(tape, catchAll));
    }

    private static (TapeTokenizer, TokenStream) Chain(Func<TapeTokenizer, TokenStream> filters)
    {
        var player = new TapeTokenizer();
        return (player, filters(player));
    }

    /// <summary>The analysed tokens of a text, ready for one consumer (Lucene resets, reads and closes it).</summary>
    /// <param name="text">The text.</param>
    /// <param name="analyzer">The schema's analyzer name: <c>stemmed</c>, <c>exact</c> or <c>translit</c>.</param>
    /// <returns>The stream; valid until the next call.</returns>
    public TokenStream Stream(string text, string analyzer)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_tapes.TryGetValue(text, out var recorded))
        {
            _tapes[text] = recorded = (Record(text), _languages.Any(l => !l.TakesTheRest && l.AppearsIn(text)));
        }
        var (player, stream) = analyzer switch
        {
            "stemmed" => recorded.AllLanguages ? _stemmed : _stemmedCatchAll,
            "exact" => recorded.AllLanguages ? _exact : _exactCatchAll,
            "translit" => _translit,
            _ => throw new ArgumentOutOfRangeException(nameof(analyzer), analyzer, "not a taped analyzer"),
        };
        player.Load(recorded.Tape);
        return stream;
    }

    /// <summary>Whether <see cref="Stream"/> serves an analyzer of the schema.</summary>
    public static bool Serves(string analyzer) => analyzer is "stemmed" or "exact" or "translit";

    /// <summary>Drops the remembered texts (call before each document).</summary>
    public void Forget()
    {
        // Their tapes are kept for the next document's texts: a tape per paragraph and comment, allocated anew for
        // every one, was most of what indexing left to the garbage collector.
        foreach (var (tape, _) in _tapes.Values)
        {
            if (_spareTapes.Count < MaxSpareTapes)
            {
                _spareTapes.Push(tape);
            }
        }
        _tapes.Clear();
    }

    // Enough for an article with a long thread; a bigger one's extra tapes go to the collector.
    private const int MaxSpareTapes = 4096;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (_, stream) in new[] { _stemmed, _exact, _translit, _stemmedCatchAll, _exactCatchAll })
        {
            stream.Dispose();
        }
    }

    private TokenTape Record(string text)
    {
        TokenTape tape;
        if (_spareTapes.TryPop(out var spare))
        {
            spare.Clear(text.Length);
            tape = spare;
        }
        else
        {
            tape = new TokenTape(text.Length);
        }
        _tokenizer.SetReader(new TypographicCharFilter(new StringReader(text), _filterBuffer));
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
