using System.Buffers;

namespace IncLead.Documents.Pdf;

/// <summary>
/// Where PDFsharp saves a document: one growable buffer rented from the shared array pool. A board pack is about
/// 600 KB, so a MemoryStream would allocate several large-object-heap arrays per render while growing, plus a copy
/// for ToArray; each such allocation counts towards a full (gen 2) collection. The saved bytes are patched in place
/// (<see cref="StableOutput.AfterSave"/>) and copied out once. PDFsharp may close the stream when it has saved, so
/// the buffer goes back to the pool only in <see cref="Release"/>, never on Dispose.
/// </summary>
internal sealed class PooledOutput(int capacity) : Stream
{
    byte[] _buffer = ArrayPool<byte>.Shared.Rent(capacity);
    int _length;
    int _position;

    /// <summary>The bytes written so far.</summary>
    public Span<byte> Written => _buffer.AsSpan(0, _length);

    public void Release()
    {
        var buffer = _buffer;
        (_buffer, _length, _position) = ([], 0, 0);
        if (buffer.Length > 0)
            ArrayPool<byte>.Shared.Return(buffer);
    }

    public override bool CanRead => false;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = (int)Math.Clamp(value, 0, _length);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var end = _position + buffer.Length;
        if (end > _buffer.Length)
            Grow(end);
        buffer.CopyTo(_buffer.AsSpan(_position));
        _position = end;
        _length = Math.Max(_length, end);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => _length + offset,
    };

    public override void SetLength(long value)
    {
        if (value > _buffer.Length)
            Grow((int)value);
        _length = (int)value;
        _position = Math.Min(_position, _length);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    void Grow(int needed)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        if (_buffer.Length > 0)
            ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
