using BwcFirmware.Drivers.Debounce;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Buttons
{
    /// <summary>
    /// Hardware-independent button logic, in the manner of nanoFramework.IoT.Device's ButtonBase: the GPIO
    /// adapter hands in raw edges with their interrupt times, the main loop calls <see cref="DebouncedInput.Step"/> often
    /// (every 10-50 ms) so that a hold fires when its threshold passes and a single press is confirmed once the
    /// double-press window has closed. Each gesture is reported exactly once, to the subclass's
    /// <see cref="OnGesture"/>.
    /// </summary>
    /// <remarks>
    /// Both methods lock, so edges may come from an interrupt thread while the loop steps. Times must come from
    /// one monotonic clock; an edge dated before the last one seen is treated as happening at that last time.
    /// A press that became a hold or the second half of a double press gives nothing more on release.
    /// Two buttons may be joined into a chord (<see cref="JoinChord"/>): a press that begins while the other
    /// button is down puts both presses in the chord, and the subclasses decide what their gestures then mean.
    /// The partner's two flags are read and written without its lock (a bool is read and written whole), so an
    /// edge on one button's interrupt thread never waits for the other button's lock: no lock-order deadlock.
    /// </remarks>
    public abstract class GestureButton : DebouncedInput
    {
        private readonly int _doubleWindowMs;
        private readonly int _holdMs;
        private bool _down;
        private bool _inChord;
        private GestureButton _partner;
        private long _downAtMs;
        private bool _consumed;
        private bool _pendingSingle;
        private long _pendingPressAtMs;
        private long _pendingReleaseAtMs;

        /// <summary>Creates a released button with <paramref name="timings"/>.</summary>
        protected GestureButton(ButtonTimings timings)
            : base(new DebouncedSwitch(timings.DebounceMs, false))
        {
            _doubleWindowMs = timings.DoublePressWindowMs;
            _holdMs = timings.HoldMs;
        }

        /// <summary>Whether the button is down after debounce.</summary>
        public bool IsPressed
        {
            get
            {
                lock (SyncRoot)
                {
                    return _down;
                }
            }
        }

        /// <summary>
        /// Joins this button and <paramref name="partner"/> into a chord: from now on a press of either that begins
        /// while the other is down is a chord press for both (see <see cref="IsInChord"/>).
        /// </summary>
        public void JoinChord(GestureButton partner)
        {
            _partner = partner;
            partner._partner = this;
        }

        /// <summary>Whether the current (or last) press became part of a chord with the partner button.</summary>
        protected bool IsInChord
        {
            get { return _inChord; }
        }

        /// <summary>Whether the chord partner is down now (false without a partner).</summary>
        protected bool IsPartnerDown
        {
            get { return _partner != null && _partner._down; }
        }

        /// <summary>A raw contact edge: <paramref name="pressed"/> is the new level, at <paramref name="timeMs"/>.</summary>
        public void OnRawEdge(bool pressed, long timeMs)
        {
            FeedRawLevel(pressed, timeMs);
        }

        /// <summary>Called once per gesture (<see cref="ButtonGesture.ChordHold"/> is the subclass's to make), inside the lock: report, don't work.</summary>
        protected abstract void OnGesture(ButtonGesture gesture, long timeMs);

        /// <summary>Settles bounce, fires holds, confirms single presses.</summary>
        protected override void Advance(long nowMs)
        {
            if (Contact.Settle(nowMs))
            {
                // Deadlines that passed before the press or release began come first.
                RunTimers(Contact.LevelSinceMs);
                Apply(Contact.Level, Contact.LevelSinceMs);
            }

            // While bounce is unresolved, nothing after its first edge may fire: it may turn out to be a
            // release that ends a press short of the hold, or the second press of a double.
            RunTimers(Contact.IsSettling && Contact.BurstStartMs < nowMs ? Contact.BurstStartMs : nowMs);
        }

        private void Apply(bool pressed, long timeMs)
        {
            if (pressed)
            {
                _down = true;
                _downAtMs = timeMs;
                _consumed = false;
                _inChord = IsPartnerDown;
                if (_inChord)
                {
                    _partner._inChord = true;
                }

                if (_pendingSingle)
                {
                    // Timers already ran up to this press, so it lies inside the window.
                    _pendingSingle = false;
                    _consumed = true;
                    OnGesture(ButtonGesture.DoublePress, timeMs);
                }

                return;
            }

            _down = false;
            if (_consumed)
            {
                return;
            }

            if (_doubleWindowMs > 0)
            {
                _pendingSingle = true;
                _pendingPressAtMs = _downAtMs;
                _pendingReleaseAtMs = timeMs;
            }
            else
            {
                OnGesture(ButtonGesture.Press, _downAtMs);
            }
        }

        private void RunTimers(long limitMs)
        {
            if (_down && !_consumed && _holdMs > 0 && limitMs - _downAtMs >= _holdMs)
            {
                _consumed = true;
                OnGesture(ButtonGesture.Hold, _downAtMs + _holdMs);
            }

            if (_pendingSingle && limitMs - _pendingReleaseAtMs > _doubleWindowMs)
            {
                _pendingSingle = false;
                OnGesture(ButtonGesture.Press, _pendingPressAtMs);
            }
        }
    }
}
