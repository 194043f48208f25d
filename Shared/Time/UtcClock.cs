using System;

namespace BwcFirmware.Shared.Time
{
    /// <summary>
    /// UTC as far as the device can vouch for it: unknown from power-on until the station sets it, then the
    /// station's time carried forward on the monotonic clock. The device has no battery-backed clock it could
    /// trust, so UTC is never guessed and never survives a power cycle.
    /// </summary>
    public sealed class UtcClock
    {
        private const long TicksPerMillisecond = 10000;

        private long _utcTicksAtSet;
        private long _monotonicMsAtSet;

        /// <summary>True once the station has set the clock since power-on; false means records say "not-set".</summary>
        public bool IsSet { get; private set; }

        /// <summary>Monotonic time of the last set or adjustment (meaningful only when <see cref="IsSet"/>).</summary>
        public long LastSetMs
        {
            get { return _monotonicMsAtSet; }
        }

        /// <summary>UTC at monotonic time <paramref name="nowMs"/>; false (and MinValue) while never set.</summary>
        public bool TryGetUtc(long nowMs, out DateTime utc)
        {
            if (!IsSet)
            {
                utc = DateTime.MinValue;
                return false;
            }

            utc = new DateTime(_utcTicksAtSet + ((nowMs - _monotonicMsAtSet) * TicksPerMillisecond), DateTimeKind.Utc);
            return true;
        }

        /// <summary>UTC at <paramref name="nowMs"/> as records write it, or <see cref="UtcFormat.NotSet"/>.</summary>
        public string Describe(long nowMs)
        {
            DateTime utc;
            return TryGetUtc(nowMs, out utc) ? UtcFormat.Format(utc) : UtcFormat.NotSet;
        }

        /// <summary>
        /// Takes <paramref name="utc"/> as the time at monotonic <paramref name="nowMs"/>. Returns the drift in
        /// ms: how far the device's own reckoning was ahead (positive) or behind (negative) of the new time;
        /// 0 when the clock was not set before (check <see cref="IsSet"/> first to tell the two apart).
        /// </summary>
        public long Set(long nowMs, DateTime utc)
        {
            long driftMs = 0;
            DateTime previous;
            if (TryGetUtc(nowMs, out previous))
            {
                driftMs = (previous.Ticks - utc.Ticks) / TicksPerMillisecond;
            }

            _utcTicksAtSet = utc.Ticks;
            _monotonicMsAtSet = nowMs;
            IsSet = true;
            return driftMs;
        }
    }
}
