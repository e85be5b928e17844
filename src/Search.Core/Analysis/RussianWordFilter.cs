using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Search.Core.Analysis;

/// <summary>
/// The Russian analysis of the Cyrillic words of a lower-cased stream, other words passing untouched: each is folded
/// (<see cref="CyrillicFolding"/>); for bare words, Lucene's Russian stop words are then dropped (their positions
/// kept empty, as Lucene's stop filter keeps them) and the rest stemmed by the Snowball Russian stemmer
/// (<c>мира</c>, <c>миром</c> -> <c>мир</c>) and marked as keywords, so that the English stemmer after it leaves them
/// alone. One filter for all three steps, because it runs on every word of every English text too: there it costs
/// one check of the word's letters.
/// </summary>
internal sealed class RussianWordFilter : TokenFilter
{
    // Words repeat (Zipf): each is stemmed once per filter (one per indexing thread), up to this many.
    private const int MaxRemembered = 200_000;

    private readonly bool _stemmed;
    private readonly RussianStemmer? _stemmer;
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stemOf;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IKeywordAttribute _keyword;
    private int _skipped;

    /// <summary>Wraps a lower-cased, accent-folded stream.</summary>
    /// <param name="input">The words.</param>
    /// <param name="stemmed">For bare words: stop words dropped and the rest stemmed; else folded only.</param>
    public RussianWordFilter(TokenStream input, bool stemmed)
        : base(input)
    {
        _stemmed = stemmed;
        _stemmer = stemmed ? new RussianStemmer() : null;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _stemOf = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        var skipped = 0;
        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            if (CyrillicFolding.AnyIn(word))
            {
                CyrillicFolding.Fold(word);
                if (_stemmed && RussianAnalyzer.DefaultStopSet.Contains(_term.Buffer, 0, _term.Length))
                {
                    skipped += _increment.PositionIncrement;
                    continue;
                }
                // A word mostly of Latin letters was folded to Latin: it is English's to stem.
                if (_stemmer is not null && !_keyword.IsKeyword && CyrillicFolding.AnyIn(word))
                {
                    var stem = Stem(word);
                    _term.SetEmpty().Append(stem);
                    _keyword.IsKeyword = true;
                }
            }
            _increment.PositionIncrement += skipped;
            return true;
        }
        _skipped = skipped;
        return false;
    }

    private string Stem(ReadOnlySpan<char> word)
    {
        if (_stemOf.TryGetValue(word, out var stem))
        {
            return stem;
        }
        if (_stems.Count >= MaxRemembered)
        {
            _stems.Clear();
        }
        var written = word.ToString();
        _stemmer!.SetCurrent(written);
        _stemmer.Stem();
        return _stems[written] = _stemmer.Current;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        _increment.PositionIncrement += _skipped;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _skipped = 0;
    }
}
