using System.Buffers.Binary;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.Tests.Media;

/// <summary>
/// A camera for tests: frame i is captured at start + i * 1000 / fps and carries its number after a "BWCF"
/// magic, then bytes that are a pure function of i, so any frame found on the card can be named and checked.
/// </summary>
internal sealed class TestFrames : IFrameSource
{
    public const int MinBytes = 64;

    private readonly int _fps;
    private readonly long _startMs;
    private readonly int _spread;
    private long _next;

    public TestFrames(int fps, long startMs = 0, int maxBytes = 400)
    {
        _fps = fps;
        _startMs = startMs;
        _spread = maxBytes - MinBytes;
        MaxFrameBytes = maxBytes;
    }

    public int MaxFrameBytes { get; }

    /// <summary>Frames handed out so far (the next frame's number).</summary>
    public long Delivered => _next;

    public long CaptureTimeOf(long index) => _startMs + (index * 1000 / _fps);

    public bool TryReadFrame(long nowMs, byte[] buffer, out int length, out long captureTimeMs)
    {
        captureTimeMs = CaptureTimeOf(_next);
        if (captureTimeMs > nowMs)
        {
            length = 0;
            return false;
        }

        byte[] frame = Frame(_next);
        frame.CopyTo(buffer, 0);
        length = frame.Length;
        _next++;
        return true;
    }

    /// <summary>The bytes of frame <paramref name="index"/>.</summary>
    public byte[] Frame(long index)
    {
        int length = MinBytes + (int)((index * 37) % (_spread + 1));
        var frame = new byte[length];
        new Random((int)index).NextBytes(frame);
        "BWCF"u8.CopyTo(frame);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(4), (int)index);
        return frame;
    }

    /// <summary>The number carried by a frame found on the card, or -1 when it is no frame of ours.</summary>
    public static int IndexOf(byte[] data)
    {
        return data.Length >= 8 && data.AsSpan(0, 4).SequenceEqual("BWCF"u8) ? BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(4)) : -1;
    }
}
