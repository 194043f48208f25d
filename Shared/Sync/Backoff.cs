namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// Bounded exponential backoff with a fixed per-device spread, so hundreds of cameras docked at once do not
    /// return to a restarting station in the same second. Deterministic: the same faults give the same delays.
    /// </summary>
    public sealed class Backoff
    {
        private readonly long _initialMs;
        private readonly long _maxMs;
        private readonly int _spreadPermille;
        private int _failures;

        /// <summary>Delays start at <paramref name="initialMs"/>, double per failure up to <paramref name="maxMs"/>, plus a device-specific 0-25 %.</summary>
        public Backoff(long initialMs, long maxMs, string deviceId)
        {
            _initialMs = initialMs < 1 ? 1 : initialMs;
            _maxMs = maxMs < _initialMs ? _initialMs : maxMs;
            int sum = 0;
            if (deviceId != null)
            {
                for (int i = 0; i < deviceId.Length; i++)
                {
                    sum = ((sum * 31) + deviceId[i]) & 0x7FFFFFFF;
                }
            }

            _spreadPermille = sum % 251;
        }

        /// <summary>Failures since the last success.</summary>
        public int Failures
        {
            get { return _failures; }
        }

        /// <summary>Counts a failure and returns how long to wait before the next attempt, in ms.</summary>
        public long NextDelayMs()
        {
            if (_failures < 30)
            {
                _failures++;
            }

            long delay = _initialMs;
            for (int i = 1; i < _failures && delay < _maxMs; i++)
            {
                delay *= 2;
            }

            if (delay > _maxMs)
            {
                delay = _maxMs;
            }

            return delay + (delay / 1000 * _spreadPermille);
        }

        /// <summary>The longest delay, for faults that need a person (credential, certificate, protocol version).</summary>
        public long MaxDelayMs()
        {
            _failures = 30;
            return _maxMs + (_maxMs / 1000 * _spreadPermille);
        }

        /// <summary>A request succeeded: start again from the initial delay.</summary>
        public void Reset()
        {
            _failures = 0;
        }
    }
}
