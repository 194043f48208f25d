namespace BwcFirmware.Drivers.Debounce
{
    /// <summary>
    /// What every debounced input shares: raw levels from the adapter (possibly on an interrupt thread) and
    /// <see cref="Step"/> calls from the loop, both under one lock, on one monotonic time line. An edge dated
    /// before the last time seen is treated as happening at that last time.
    /// </summary>
    public abstract class DebouncedInput
    {
        private readonly object _lock = new object();
        private long _lastTimeMs = long.MinValue;

        /// <summary>Creates the input over <paramref name="contact"/>.</summary>
        protected DebouncedInput(DebouncedSwitch contact)
        {
            Contact = contact;
        }

        /// <summary>The debounced contact; touch it only while holding <see cref="SyncRoot"/>.</summary>
        protected DebouncedSwitch Contact { get; }

        /// <summary>The lock that guards the contact and the subclass's state.</summary>
        protected object SyncRoot
        {
            get { return _lock; }
        }

        /// <summary>Lets time pass to <paramref name="nowMs"/>: settles bounce and fires what is due.</summary>
        public void Step(long nowMs)
        {
            lock (_lock)
            {
                Advance(Clamp(nowMs));
            }
        }

        /// <summary>A raw level <paramref name="level"/> at <paramref name="timeMs"/>.</summary>
        protected void FeedRawLevel(bool level, long timeMs)
        {
            lock (_lock)
            {
                long t = Clamp(timeMs);
                Advance(t);
                Contact.OnRawLevel(level, t);
                Advance(t);
            }
        }

        /// <summary>Brings the subclass up to <paramref name="nowMs"/> (called under the lock).</summary>
        protected abstract void Advance(long nowMs);

        private long Clamp(long timeMs)
        {
            if (timeMs < _lastTimeMs)
            {
                return _lastTimeMs;
            }

            _lastTimeMs = timeMs;
            return timeMs;
        }
    }
}
