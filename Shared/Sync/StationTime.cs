using System;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Time;

namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// Sets the device's UTC from the station while docked and leaves a record of every set, adjustment and
    /// refusal with the drift, so the station can later correct times recorded before the set.
    /// </summary>
    public sealed class StationTime
    {
        /// <summary>Times before this are refused: a station with a dead clock must not date evidence 1970.</summary>
        public static readonly DateTime EarliestPlausible = new DateTime(2024, 1, 1, 0, 0, 0);

        /// <summary>Times from this on are refused for the same reason.</summary>
        public static readonly DateTime LatestPlausible = new DateTime(2100, 1, 1, 0, 0, 0);

        private readonly UtcClock _clock;
        private readonly IAuditSink _audit;

        /// <summary>Sets <paramref name="clock"/> and records into <paramref name="audit"/>.</summary>
        public StationTime(UtcClock clock, IAuditSink audit)
        {
            if (clock == null || audit == null)
            {
                throw new ArgumentNullException(nameof(clock));
            }

            _clock = clock;
            _audit = audit;
        }

        /// <summary>
        /// Applies the station's <paramref name="stationUtc"/>, taken as the time at monotonic
        /// <paramref name="nowMs"/>, from <paramref name="source"/> (a <see cref="TimeSource"/> name).
        /// Returns false, and records the refusal, when the time is implausible.
        /// </summary>
        public bool Apply(long nowMs, DateTime stationUtc, string source)
        {
            string offered = UtcFormat.Format(stationUtc);
            if (stationUtc < EarliestPlausible || stationUtc >= LatestPlausible)
            {
                _audit.Append(nowMs, AuditEvents.ClockRejected, "offered=" + offered + " source=" + source);
                return false;
            }

            bool wasSet = _clock.IsSet;
            long sinceLastSetMs = nowMs - _clock.LastSetMs;
            long driftMs = _clock.Set(nowMs, stationUtc);
            if (!wasSet)
            {
                _audit.Append(nowMs, AuditEvents.ClockSet, "utc=" + offered + " source=" + source + " previous=" + UtcFormat.NotSet);
                return true;
            }

            string sign = driftMs >= 0 ? "+" : string.Empty;
            _audit.Append(
                nowMs,
                AuditEvents.ClockAdjusted,
                "utc=" + offered + " source=" + source + " drift_ms=" + sign + driftMs.ToString() + " since_last_set_ms=" + sinceLastSetMs.ToString());
            return true;
        }
    }
}
