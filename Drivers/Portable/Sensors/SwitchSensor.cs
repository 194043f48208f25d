using BwcFirmware.Drivers.Debounce;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Drivers.Sensors
{
    /// <summary>
    /// A debounced two-level sensor (holster switch, dock contacts, card detect) that posts one
    /// <see cref="InputEvent"/> per settled change, dated when the change was confirmed. The adapter hands in raw
    /// levels (edges or polled readings, repeats are harmless) and the loop calls <see cref="Step"/>.
    /// </summary>
    public abstract class SwitchSensor
    {
        private readonly object _lock = new object();
        private readonly DebouncedSwitch _contact;
        private readonly InputQueue _queue;
        private readonly bool _postInitial;
        private long _lastTimeMs = long.MinValue;

        /// <summary>
        /// Creates the sensor. With <paramref name="postInitial"/> the first settled level is posted too (the
        /// machine must learn that the camera boots docked); without it only later changes are.
        /// </summary>
        protected SwitchSensor(InputQueue queue, int debounceMs, bool postInitial)
        {
            _queue = queue;
            _contact = new DebouncedSwitch(debounceMs);
            _postInitial = postInitial;
        }

        /// <summary>Whether a settled level is known yet.</summary>
        public bool HasLevel
        {
            get
            {
                lock (_lock)
                {
                    return _contact.HasLevel;
                }
            }
        }

        /// <summary>The settled level (meaning set by the subclass: drawn, docked, card present).</summary>
        public bool IsActive
        {
            get
            {
                lock (_lock)
                {
                    return _contact.Level;
                }
            }
        }

        /// <summary>A raw reading <paramref name="active"/> at <paramref name="timeMs"/>.</summary>
        public void OnRawLevel(bool active, long timeMs)
        {
            lock (_lock)
            {
                long t = Clamp(timeMs);
                Advance(t);
                _contact.OnRawLevel(active, t);
                Advance(t);
            }
        }

        /// <summary>Lets time pass to <paramref name="nowMs"/>, posting a change once it has settled.</summary>
        public void Step(long nowMs)
        {
            lock (_lock)
            {
                Advance(Clamp(nowMs));
            }
        }

        /// <summary>The kind to post when the settled level becomes <paramref name="active"/>.</summary>
        protected abstract InputKind KindFor(bool active);

        private long Clamp(long timeMs)
        {
            if (timeMs < _lastTimeMs)
            {
                return _lastTimeMs;
            }

            _lastTimeMs = timeMs;
            return timeMs;
        }

        private void Advance(long nowMs)
        {
            bool hadLevel = _contact.HasLevel;
            if (_contact.Settle(nowMs) && (hadLevel || _postInitial))
            {
                _queue.TryPost(KindFor(_contact.Level), _contact.ConfirmedAtMs, 0);
            }
        }
    }
}
