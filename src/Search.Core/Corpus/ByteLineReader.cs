namespace Search.Core.Corpus;

/// <summary>
/// Reads a stream line by line as raw bytes, so that each line of a JSON Lines file can be decoded on its own
/// (one bad line must not spoil the encoding of the others) and a file of any size streams in bounded memory.
/// Lines end at LF, CRLF or a lone CR.
/// </summary>
internal sealed class ByteLineReader
{
    private readonly Stream _stream;
    private readonly long _maxLineBytes;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Creates a reader over a stream positioned at its first byte.</summary>
    /// <param name="stream">The stream; not disposed by the reader.</param>
    /// <param name="maxLineBytes">Longer lines are not kept: they come back empty, with <see cref="LastLineTooLong"/> set.</param>
    public ByteLineReader(Stream stream, long maxLineBytes = long.MaxValue)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>Whether the line last returned was longer than the limit (and so returned empty).</summary>
    public bool LastLineTooLong { get; private set; }

    /// <summary>The next line without its line end, valid until the next call; null at the end of the stream.</summary>
    /// <returns>The line's bytes, or null.</returns>
    public ReadOnlyMemory<byte>? ReadLine()
    {
        // Bytes after _start already known to hold no line break; offsets survive Fill() moving the buffer.
        var scanned = 0;
        LastLineTooLong = false;
        while (true)
        {
            var at = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOfAny((byte)'\n', (byte)'\r');
            if (at >= 0)
            {
                var brk = _start + scanned + at;
                // A CR at the end of the buffer may be the first half of a CRLF: read on before deciding.
                if (_buffer[brk] == '\r' && brk + 1 == _end && !_eof)
                {
                    scanned = brk - _start;
                    Fill();
                    continue;
                }
                LastLineTooLong |= brk - _start > _maxLineBytes;
                var line = LastLineTooLong ? ReadOnlyMemory<byte>.Empty : _buffer.AsMemory(_start, brk - _start);
                _start = brk + (_buffer[brk] == '\r' && brk + 1 < _end && _buffer[brk + 1] == '\n' ? 2 : 1);
                return line;
            }
            if (_eof)
            {
                if (_start == _end && !LastLineTooLong)
                {
                    return null;
                }
                LastLineTooLong |= _end - _start > _maxLineBytes;
                var last = LastLineTooLong ? ReadOnlyMemory<byte>.Empty : _buffer.AsMemory(_start, _end - _start);
                _start = _end;
                return last;
            }
            if (_end - _start > _maxLineBytes)
            {
                // Drop what is buffered of an overlong line and read on to its end, keeping memory bounded.
                LastLineTooLong = true;
                _start = _end;
            }
            scanned = _end - _start;
            Fill();
        }
    }

    // Moves the unread bytes to the front, grows the buffer when a line fills it, and reads more.
    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }
        _end += read;
    }
}
