using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Tests.Media;

/// <summary>The audit log as a list of "event detail" lines.</summary>
internal sealed class AuditRecorder : IAuditSink
{
    public List<string> Lines { get; } = new();

    public void Append(long timeMs, string eventName, string detail) => Lines.Add(eventName + " " + detail);

    public int Count(string prefix) => Lines.Count(l => l.StartsWith(prefix, StringComparison.Ordinal));
}

/// <summary>What the pipeline reported, copied out of its reused objects.</summary>
internal sealed class EventRecorder : IMediaEvents
{
    public List<(int Clip, string Name, long Bytes, int Frames, string Sha256)> Chunks { get; } = new();

    public List<(int Clip, string Cause, string ManifestSha256)> Clips { get; } = new();

    public List<long> CardFullAt { get; } = new();

    public List<CardFault> Faults { get; } = new();

    public void ChunkClosed(int clipSequence, ChunkRecord chunk) =>
        Chunks.Add((clipSequence, chunk.Name, chunk.Bytes, chunk.Frames, Convert.ToHexStringLower(chunk.Sha256)));

    public void ClipClosed(int clipSequence, string cause, byte[] manifestSha256) =>
        Clips.Add((clipSequence, cause, Convert.ToHexStringLower(manifestSha256)));

    public void CardFull(long nowMs) => CardFullAt.Add(nowMs);

    public void CardFault(long nowMs, CardFault fault) => Faults.Add(fault);
}
