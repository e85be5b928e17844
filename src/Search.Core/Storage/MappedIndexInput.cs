using System.Buffers.Binary;
using Lucene.Net.Store;

namespace Search.Core.Storage;

/// <summary>
/// One index file, or a slice of a compound file, read straight from its memory mapping: a read is a copy from
/// memory, with no system call and no buffer of its own. Clones share the mapping and keep their own position.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private readonly MappedFile _file;
    private readonly long _offset;
    private readonly long _length;
    private long _position;
    private bool _owner;

    /// <summary>Reads <paramref name="length"/> bytes of a mapped file from <paramref name="offset"/>.</summary>
    /// <param name="description">What is read, for error messages.</param>
    /// <param name="file">The mapped file.</param>
    /// <param name="offset">Where the input begins in the file.</param>
    /// <param name="length">The input's length.</param>
    /// <param name="owner">Whether disposing the input unmaps the file (not for slices and clones).</param>
    public MappedIndexInput(string description, MappedFile file, long offset, long length, bool owner)
        : base(description)
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
        {
            // A compound file shorter than its table of contents says: cut short, so damaged, as a read past its end.
            throw new EndOfStreamException($"read past EOF: slice {offset}:{offset + length} is outside the file ({file.Length} bytes): {description}");
        }
        (_file, _offset, _length, _owner) = (file, offset, length, owner);
    }

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override long Position => _position;

    /// <inheritdoc />
    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"seek to {pos} is outside the input ({_length} bytes): {this}");
        }
        _position = pos;
    }

    /// <inheritdoc />
    public override byte ReadByte()
    {
        if (_position >= _length)
        {
            throw PastEnd();
        }
        return _file.Start[_offset + _position++];
    }

    /// <summary>The bytes from the position to the end, for a reader that decodes them in place (then <see cref="Skip"/>).</summary>
    public ReadOnlySpan<byte> Remaining => new(_file.Start + _offset + _position, (int)Math.Min(_length - _position, int.MaxValue));

    /// <summary>Moves the position on past bytes read through <see cref="Remaining"/>.</summary>
    /// <param name="count">How many.</param>
    public void Skip(int count) => Next(count);

    /// <inheritdoc />
    public override void ReadBytes(byte[] b, int offset, int len)
    {
        Next(len).CopyTo(b.AsSpan(offset, len));
    }

    /// <inheritdoc />
    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Next(2));

    /// <inheritdoc />
    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Next(4));

    /// <inheritdoc />
    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Next(8));

    // Lucene's variable-length ints (7 bits a byte, low bits first), decoded in place when the longest one fits
    // before the end; near the end byte by byte, which says where the input ran out.
    /// <inheritdoc />
    public override int ReadVInt32()
    {
        if (_length - _position < 5)
        {
            return base.ReadVInt32();
        }
        var p = _file.Start + _offset + _position;
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = *p++;
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                _position = p - (_file.Start + _offset);
                return value;
            }
        }
        throw new IOException($"invalid vInt (too many bits): {this}");
    }

    /// <inheritdoc />
    public override long ReadVInt64()
    {
        if (_length - _position < 9)
        {
            return base.ReadVInt64();
        }
        var p = _file.Start + _offset + _position;
        var value = 0L;
        for (var shift = 0; shift < 63; shift += 7)
        {
            var b = *p++;
            value |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                _position = p - (_file.Start + _offset);
                return value;
            }
        }
        throw new IOException($"invalid vLong (too many bits): {this}");
    }

    /// <inheritdoc />
    public override object Clone()
    {
        var clone = (MappedIndexInput)base.Clone();
        clone._owner = false;
        return clone;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _owner)
        {
            _owner = false;
            _file.Unmap();
        }
    }

    // The next count bytes, the position moved past them.
    private ReadOnlySpan<byte> Next(int count)
    {
        if (count < 0 || count > _length - _position)
        {
            throw PastEnd();
        }
        if (count == 0)
        {
            return [];
        }
        var span = new ReadOnlySpan<byte>(_file.Start + _offset + _position, count);
        _position += count;
        return span;
    }

    private EndOfStreamException PastEnd() => new($"read past EOF: {this}");
}
