using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>A tokenizer that plays back a <see cref="TokenTape"/> instead of reading text.</summary>
internal sealed class TapeTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private TokenTape? _tape;
    private int _next;

    /// <summary>Creates a tokenizer with nothing loaded.</summary>
    public TapeTokenizer()
        : base(TextReader.Null)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>The tape the next <see cref="Reset"/> starts playing.</summary>
    /// <param name="tape">Tokens of one text.</param>
    public void Load(TokenTape tape) => _tape = tape;

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_tape is null || _next >= _tape.Count)
        {
            return false;
        }
        ClearAttributes();
        var token = _tape[_next];
        _tape.CopyTerm(_next, _term);
        _offset.SetOffset(token.StartOffset, token.EndOffset);
        _increment.PositionIncrement = token.Increment;
        _type.Type = token.Type;
        _next++;
        return true;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        var (offset, increment) = _tape is null ? (0, 0) : (_tape.FinalOffset, _tape.FinalIncrement);
        _offset.SetOffset(offset, offset);
        _increment.PositionIncrement = increment;
    }
}
