using BwcFirmware.Drivers.Debounce;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Sensors
{
    /// <summary>
    /// A debounced two-level sensor (holster switch, dock contacts, card detect) that reports each settled level
    /// to <see cref="IBoardEvents"/>, dated when the change was confirmed. The adapter hands in raw
    /// levels (edges or polled readings, repeats are harmless) and the loop calls <see cref="DebouncedInput.Step"/>.
    /// </summary>
    public abstract class SwitchSensor : DebouncedInput
    {
        private readonly bool _reportInitial;

        /// <summary>
        /// Creates the sensor reporting to <paramref name="events"/>. With <paramref name="reportInitial"/> the first
        /// settled level is reported too (the loop must learn that the camera boots docked); without it only later
        /// changes are.
        /// </summary>
        protected SwitchSensor(IBoardEvents events, int debounceMs, bool reportInitial)
            : base(new DebouncedSwitch(debounceMs))
        {
            Events = events;
            _reportInitial = reportInitial;
        }

        /// <summary>Where the settled levels go.</summary>
        protected IBoardEvents Events { get; }

        /// <summary>Whether a settled level is known yet.</summary>
        public bool HasLevel
        {
            get
            {
                lock (SyncRoot)
                {
                    return Contact.HasLevel;
                }
            }
        }

        /// <summary>The settled level (meaning set by the subclass: drawn, docked, card present).</summary>
        public bool IsActive
        {
            get
            {
                lock (SyncRoot)
                {
                    return Contact.Level;
                }
            }
        }

        /// <summary>A raw reading <paramref name="active"/> at <paramref name="timeMs"/>.</summary>
        public void OnRawLevel(bool active, long timeMs)
        {
            FeedRawLevel(active, timeMs);
        }

        /// <summary>Reports the settled level <paramref name="active"/> to the sensor's own <see cref="IBoardEvents"/> method.</summary>
        protected abstract void Report(bool active, long timeMs);

        /// <summary>Reports a change once it has settled.</summary>
        protected override void Advance(long nowMs)
        {
            bool hadLevel = Contact.HasLevel;
            if (Contact.Settle(nowMs) && (hadLevel || _reportInitial))
            {
                Report(Contact.Level, Contact.ConfirmedAtMs);
            }
        }
    }
}
