using BwcFirmware.Shared.Audit;

namespace BwcFirmware.Tests.Recording;

/// <summary>An in-memory <see cref="IAuditSink"/> that keeps every record ("state PreEventBuffer->Recording cause=...").</summary>
public sealed class RecordingAuditSink : IAuditSink
{
    public List<(long TimeMs, string EventName, string Detail)> Records { get; } = new();

    /// <summary>Throws on every append while set (the card holding the log is gone).</summary>
    public bool ThrowAlways { get; set; }

    public IEnumerable<string> Lines => Records.Select(r => r.EventName + " " + r.Detail);

    public string Log => string.Join(" | ", Lines);

    public void Append(long timeMs, string eventName, string detail)
    {
        if (ThrowAlways)
        {
            throw new IOException("card: audit unavailable");
        }

        Records.Add((timeMs, eventName, detail));
    }

    public void Clear() => Records.Clear();
}
