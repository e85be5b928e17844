using System.Buffers;
using Lucene.Net.Analysis.CharFilters;
using Search.Core.Corpus;

namespace Search.Core.Analysis;

/// <summary>
/// Folds <see cref="TypographicFolding"/>'s characters as text streams into the tokenizer, correcting offsets where
/// a character becomes several (the ellipsis). It replaces Lucene's general <c>MappingCharFilter</c>, whose
/// Lucene.Net port buffers every input behind a fresh 8,192-char array: that allocation, once per paragraph and
/// comment, cost more than the folding itself, both in indexing and in finding snippets.
/// </summary>
internal sealed class TypographicCharFilter : BaseCharFilter
{
    private static readonly SearchValues<char> Folded = SearchValues.Create(string.Concat(TypographicFolding.Map.Keys));

    private char[]? _source;
    private int _sourceAt;
    private int _sourceEnd;
    private string? _pending;
    private int _pendingAt;
    private int _outputOffset;
    private int _cumulativeDiff;

    /// <summary>Wraps a reader.</summary>
    /// <param name="input">The text to fold.</param>
    /// <param name="buffer">Where to read the input into, of <see cref="BufferSize"/>: one the caller reuses from
    /// text to text, as long as it reads one text at a time; null for a buffer of the filter's own.</param>
    public TypographicCharFilter(TextReader input, char[]? buffer = null)
        : base(input)
    {
        _source = buffer;
    }

    /// <summary>The size of the buffer the input is read into.</summary>
    public const int BufferSize = 1024;

    /// <inheritdoc />
    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) <= 0 ? -1 : one[0];
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var written = 0;
        while (written < count)
        {
            if (_pending is not null)
            {
                buffer[index + written++] = _pending[_pendingAt++];
                _outputOffset++;
                if (_pendingAt == _pending.Length)
                {
                    _pending = null;
                }
                continue;
            }
            if (_sourceAt == _sourceEnd && !FillSource(count - written))
            {
                break;
            }
            // Copy the run up to the next character that folds in one block: most text has none. Every folding
            // character lies outside ASCII, so the ASCII stretch is skipped at vector speed first; SearchValues
            // of these scattered characters is a probabilistic map, 3% of all indexing time when asked of every char.
            var run = _source.AsSpan(_sourceAt, Math.Min(_sourceEnd - _sourceAt, count - written));
            var plainRun = run.IndexOfAnyExceptInRange('\0', '\u007F');
            if (plainRun >= 0 && run[plainRun..].IndexOfAny(Folded) is var folded and >= 0)
            {
                plainRun += folded;
            }
            else
            {
                plainRun = run.Length;
            }
            if (plainRun > 0)
            {
                run[..plainRun].CopyTo(buffer.AsSpan(index + written));
                written += plainRun;
                _sourceAt += plainRun;
                _outputOffset += plainRun;
                continue;
            }
            var plain = TypographicFolding.Map[_source![_sourceAt++]];
            buffer[index + written++] = plain[0];
            if (plain.Length > 1)
            {
                // The characters past the first stand where the input had none: point their offsets back at it.
                for (var extra = 1; extra < plain.Length; extra++)
                {
                    AddOffCorrectMap(_outputOffset + extra, --_cumulativeDiff);
                }
                _pending = plain;
                _pendingAt = 1;
            }
            _outputOffset++;
        }
        return written == 0 && count > 0 ? -1 : written;
    }

    private bool FillSource(int wanted)
    {
        _source ??= new char[Math.Clamp(wanted, 16, BufferSize)];
        _sourceAt = 0;
        _sourceEnd = Math.Max(0, m_input.Read(_source, 0, _source.Length));
        return _sourceEnd > 0;
    }
}
