using BwcFirmware.Drivers.Debounce;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Drivers.Sensors
{
    /// <summary>
    /// A debounced two-level sensor (holster switch, dock contacts, card detect) that posts one
    /// <see cref="InputEvent"/> per settled change, dated when the change was confirmed. The adapter hands in raw
    /// levels (edges or polled readings, repeats are harmless) and the loop calls <see cref="Step"/>.
    /// </summary>
    public abstract class SwitchSensor : DebouncedInput
    {
        private readonly InputQueue _queue;
        private readonly bool _postInitial;

        /// <summary>
        /// Creates the sensor. With <paramref name="postInitial"/> the first settled level is posted too (the
        /// machine must learn that the camera boots docked); without it only later changes are.
        /// </summary>
        protected SwitchSensor(InputQueue queue, int debounceMs, bool postInitial)
            : base(new DebouncedSwitch(debounceMs))
        {
            _queue = queue;
            _postInitial = postInitial;
        }

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

        /// <summary>The kind to post when the settled level becomes <paramref name="active"/>.</summary>
        protected abstract InputKind KindFor(bool active);

        /// <summary>Posts a change once it has settled.</summary>
        protected override void Advance(long nowMs)
        {
            bool hadLevel = Contact.HasLevel;
            if (Contact.Settle(nowMs) && (hadLevel || _postInitial))
            {
                _queue.TryPost(KindFor(Contact.Level), Contact.ConfirmedAtMs, 0);
            }
        }
    }
}
