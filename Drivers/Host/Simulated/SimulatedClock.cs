using System;
using System.Diagnostics;
using System.Threading;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>
    /// Simulated time for a shift. By default it runs as fast as the firmware can step (faster than real
    /// time); in real-time mode each advance waits until the wall clock has caught up, so a person can watch.
    /// </summary>
    public sealed class SimulatedClock
    {
        private readonly Stopwatch _wall = new();
        private readonly double _speed;

        /// <summary>Creates the clock at 0 ms; <paramref name="realTimeSpeed"/> 0 = as fast as possible, 1 = real time.</summary>
        public SimulatedClock(double realTimeSpeed = 0)
        {
            if (realTimeSpeed < 0 || double.IsNaN(realTimeSpeed))
            {
                throw new ArgumentOutOfRangeException(nameof(realTimeSpeed));
            }

            _speed = realTimeSpeed;
            _wall.Start();
        }

        /// <summary>Simulated milliseconds since the start of the shift.</summary>
        public long NowMs { get; private set; }

        /// <summary>True when advances wait for the wall clock.</summary>
        public bool IsPaced => _speed > 0;

        /// <summary>Wall-clock time spent since the clock was made.</summary>
        public TimeSpan WallElapsed => _wall.Elapsed;

        /// <summary>Moves simulated time to <paramref name="toMs"/> (never backwards), waiting when paced.</summary>
        public void AdvanceTo(long toMs)
        {
            if (toMs < NowMs)
            {
                throw new ArgumentOutOfRangeException(nameof(toMs), "time does not run backwards");
            }

            NowMs = toMs;
            if (_speed > 0)
            {
                double dueWallMs = toMs / _speed;
                double aheadMs = dueWallMs - _wall.Elapsed.TotalMilliseconds;
                if (aheadMs > 1)
                {
                    Thread.Sleep(TimeSpan.FromMilliseconds(aheadMs));
                }
            }
        }
    }
}
