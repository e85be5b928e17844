using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Replaces each folded word by its <see cref="Transliteration.Key"/>. For indexing, only words with Cyrillic
/// letters are kept (their positions as they were, so phrases still need their words side by side), each followed
/// at the same position by <see cref="StemMark"/> and the key of its stem, which bare words search: a Latin
/// spelling is found in the exact fields by its key at query time, so the shadow field costs nothing where a text
/// has no Cyrillic letters.
/// </summary>
internal sealed class TranslitFilter : TokenFilter
{
    /// <summary>What marks a stem's key in the index, so it is never taken for a whole word's key.</summary>
    public const char StemMark = '~';

    // Words repeat (Zipf): a word's keys are worked out once per indexing thread, not once per occurrence. Bounded,
    // since a corpus has millions of distinct words.
    private const int MaxRemembered = 200_000;

    private readonly bool _cyrillicOnly;
    private readonly Dictionary<string, (string Key, string Stem)> _remembered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, string Stem)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private string? _pendingStem;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;

    /// <summary>Wraps a stream folded as the exact fields are.</summary>
    /// <param name="input">The folded words.</param>
    /// <param name="cyrillicOnly">True when indexing: words without Cyrillic letters are dropped.</param>
    public TranslitFilter(TokenStream input, bool cyrillicOnly)
        : base(input)
    {
        _cyrillicOnly = cyrillicOnly;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _lookup = _remembered.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_pendingStem is not null)
        {
            _term.SetEmpty().Append(StemMark).Append(_pendingStem);
            _increment.PositionIncrement = 0;
            _pendingStem = null;
            return true;
        }
        var skipped = 0;
        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            if (_cyrillicOnly && !CyrillicFolding.AnyIn(word))
            {
                skipped += _increment.PositionIncrement;
                continue;
            }
            if (!_cyrillicOnly)
            {
                _term.SetEmpty().Append(Transliteration.Key(word));
                _increment.PositionIncrement += skipped;
                return true;
            }
            if (!_lookup.TryGetValue(word, out var keys))
            {
                if (_remembered.Count >= MaxRemembered)
                {
                    _remembered.Clear();
                }
                var key = Transliteration.Key(word);
                keys = (key, Transliteration.StemKey(key));
                _lookup[word] = keys;
            }
            _term.SetEmpty().Append(keys.Key);
            _increment.PositionIncrement += skipped;
            _pendingStem = keys.Stem;
            return true;
        }
        return false;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pendingStem = null;
    }
}
