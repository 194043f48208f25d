namespace BwcFirmware.Shared.Audit
{
    /// <summary>
    /// Where every state change, marker, fault and sync event is reported. The durable, hash-chained log on
    /// the card implements it; tests use an in-memory list.
    /// </summary>
    public interface IAuditSink
    {
        /// <summary>
        /// Records <paramref name="eventName"/> (a fixed lower-case word such as "state", "marker", "mute")
        /// at <paramref name="timeMs"/> monotonic time, with a short human-readable detail
        /// ("PreEventBuffer->Recording cause=record.double").
        /// </summary>
        void Append(long timeMs, string eventName, string detail);
    }
}
