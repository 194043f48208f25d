namespace BwcFirmware.Drivers.Debounce
{
    /// <summary>
    /// Contact debounce over timestamped raw levels: a new level counts once it has stayed unchanged for
    /// <see cref="DebounceMs"/>; bounce that returns to the old level in time is ignored. The settled change is
    /// dated to the first edge of the burst, where the real press or release began. Not thread-safe on its own:
    /// the owning driver locks.
    /// </summary>
    public sealed class DebouncedSwitch
    {
        private bool _raw;
        private bool _hasRaw;
        private long _rawSinceMs;
        private bool _settling;
        private long _burstStartMs;

        /// <summary>Creates a switch whose level is unknown until the first reading has settled.</summary>
        public DebouncedSwitch(int debounceMs)
        {
            DebounceMs = debounceMs < 0 ? 0 : debounceMs;
        }

        /// <summary>Creates a switch that starts settled at <paramref name="initialLevel"/> (a released button).</summary>
        public DebouncedSwitch(int debounceMs, bool initialLevel)
            : this(debounceMs)
        {
            Level = initialLevel;
            HasLevel = true;
            _raw = initialLevel;
            _hasRaw = true;
        }

        /// <summary>How long a level must stay before it counts, in ms.</summary>
        public int DebounceMs { get; }

        /// <summary>Whether a settled level is known yet.</summary>
        public bool HasLevel { get; private set; }

        /// <summary>The settled level (false while unknown).</summary>
        public bool Level { get; private set; }

        /// <summary>When the settled level began: the first edge of the burst that led to it.</summary>
        public long LevelSinceMs { get; private set; }

        /// <summary>When the settled level was confirmed: last edge + debounce.</summary>
        public long ConfirmedAtMs { get; private set; }

        /// <summary>Whether raw edges arrived that are not resolved yet.</summary>
        public bool IsSettling
        {
            get { return _settling; }
        }

        /// <summary>First edge of the unresolved burst (meaningful while <see cref="IsSettling"/>).</summary>
        public long BurstStartMs
        {
            get { return _burstStartMs; }
        }

        /// <summary>Records a raw reading at <paramref name="timeMs"/>. Call <see cref="Settle"/> up to that time first.</summary>
        public void OnRawLevel(bool level, long timeMs)
        {
            if (_hasRaw && level == _raw)
            {
                return;
            }

            _raw = level;
            _hasRaw = true;
            _rawSinceMs = timeMs;
            if (!_settling)
            {
                _settling = true;
                _burstStartMs = timeMs;
            }
        }

        /// <summary>
        /// Resolves the burst if the raw level has been stable for the debounce time at <paramref name="nowMs"/>.
        /// True when the settled level changed (read <see cref="Level"/>, <see cref="LevelSinceMs"/>).
        /// </summary>
        public bool Settle(long nowMs)
        {
            if (!_settling || nowMs - _rawSinceMs < DebounceMs)
            {
                return false;
            }

            _settling = false;
            if (HasLevel && _raw == Level)
            {
                return false;
            }

            Level = _raw;
            HasLevel = true;
            LevelSinceMs = _burstStartMs;
            ConfirmedAtMs = _rawSinceMs + DebounceMs;
            return true;
        }
    }
}
