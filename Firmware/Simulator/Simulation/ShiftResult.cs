using System;
using BwcFirmware.Simulator.Timeline;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>What a shift produced, for the summary, the picture and the tests.</summary>
    public sealed class ShiftResult
    {
        /// <summary>Creates the result around its timeline.</summary>
        public ShiftResult(ShiftTimeline timeline)
        {
            Timeline = timeline;
        }

        /// <summary>Everything that happened, on shift time.</summary>
        public ShiftTimeline Timeline { get; }

        /// <summary>When the shift ended (shift ms).</summary>
        public long EndMs { get; set; }

        /// <summary>Wall-clock time the shift took.</summary>
        public TimeSpan WallTime { get; set; }

        /// <summary>How often the camera booted.</summary>
        public int Boots { get; set; }

        /// <summary>How often power was cut.</summary>
        public int PowerCuts { get; set; }

        /// <summary>Camera frames dropped because the firmware fell behind (0 in a healthy run).</summary>
        public long FramesDropped { get; set; }

        /// <summary>Bytes sent to the station (PATCH bodies) over the shift.</summary>
        public long SyncSentBytes { get; set; }

        /// <summary>The sync agent's last status while docked with its reason ("up-to-date", "blocked: station refused the token (401)"), or null when it never ran.</summary>
        public string SyncStatus { get; set; }

        /// <summary>The per-frame media path that ran.</summary>
        public MediaEngineChoice Engine { get; set; }
    }
}
