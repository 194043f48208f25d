using System;
using System.Collections.Generic;
using BwcFirmware.Drivers.Board;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>
    /// A digital input of the simulated board on its GPIO. Level changes are scheduled ahead (from a script) as
    /// logical levels; each change becomes the edge itself plus the contact's chatter, drawn from a seeded random
    /// source so a run is repeatable, and carries the electrical level the wiring gives (active-low buttons).
    /// Edges come out in time order, as a GPIO interrupt would report them.
    /// </summary>
    public sealed class SimulatedInputPin
    {
        private readonly List<PinEdge> _pending = new();
        private readonly Random _random;
        private readonly BounceProfile _bounce;
        private long _settledMs = long.MinValue;
        private bool _scheduledLevel;

        /// <summary>
        /// Creates <paramref name="input"/> on GPIO <paramref name="gpio"/>, active at the electrical level
        /// <paramref name="activeHigh"/>, resting at the logical <paramref name="initialLevel"/>.
        /// </summary>
        public SimulatedInputPin(BoardInput input, int gpio, bool activeHigh, bool initialLevel, BounceProfile bounce, Random random)
        {
            Input = input;
            Gpio = gpio;
            ActiveHigh = activeHigh;
            Level = initialLevel;
            _scheduledLevel = initialLevel;
            _bounce = bounce;
            _random = random ?? throw new ArgumentNullException(nameof(random));
        }

        /// <summary>Which input this is.</summary>
        public BoardInput Input { get; }

        /// <summary>Its GPIO number.</summary>
        public int Gpio { get; }

        /// <summary>True when high means active (holster, dock); buttons and card detect pull low.</summary>
        public bool ActiveHigh { get; }

        /// <summary>The logical level after the last edge taken out.</summary>
        public bool Level { get; private set; }

        /// <summary>The electrical level after the last edge taken out (what a GPIO read would give now).</summary>
        public bool High => Level == ActiveHigh;

        /// <summary>The level the pin rests at once every scheduled change has happened.</summary>
        public bool ScheduledLevel => _scheduledLevel;

        /// <summary>When the last scheduled change (with its chatter) is over.</summary>
        public long SettledAfterMs => _settledMs;

        /// <summary>Edges scheduled and not yet taken out.</summary>
        public int PendingEdges => _pending.Count;

        /// <summary>
        /// Schedules a change to <paramref name="level"/> at <paramref name="atMs"/>, with chatter after it.
        /// Changes must be scheduled in time order and after the previous change has settled.
        /// </summary>
        public void Schedule(long atMs, bool level)
        {
            if (level == _scheduledLevel)
            {
                throw new InvalidOperationException($"{Input} is already {(level ? "active" : "inactive")} at {atMs} ms");
            }

            if (atMs <= SettledAfterMs)
            {
                throw new InvalidOperationException($"{Input} is still changing at {atMs} ms (until {SettledAfterMs} ms)");
            }

            _pending.Add(Edge(atMs, level));
            int extra = _random.Next(0, _bounce.MaxExtraEdges / 2 + 1) * 2;
            long t = atMs;
            bool bounceLevel = level;
            for (int i = 0; i < extra; i++)
            {
                t += _random.Next(_bounce.MinGapMs, _bounce.MaxGapMs + 1);
                bounceLevel = !bounceLevel;
                _pending.Add(Edge(t, bounceLevel));
            }

            _settledMs = t;
            _scheduledLevel = level;
        }

        /// <summary>Takes out the next edge at or before <paramref name="nowMs"/>; false when none is due.</summary>
        public bool TryTakeEdge(long nowMs, out PinEdge edge)
        {
            if (_pending.Count > 0 && _pending[0].TimeMs <= nowMs)
            {
                edge = _pending[0];
                _pending.RemoveAt(0);
                Level = edge.Active;
                return true;
            }

            edge = default;
            return false;
        }

        /// <summary>The time of the next edge due, or <see cref="long.MaxValue"/> when none is scheduled.</summary>
        public long NextEdgeMs => _pending.Count > 0 ? _pending[0].TimeMs : long.MaxValue;

        private PinEdge Edge(long timeMs, bool active) => new(Input, Gpio, timeMs, active, active == ActiveHigh);
    }
}
