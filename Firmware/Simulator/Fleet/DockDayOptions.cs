using System;
using BwcFirmware.Drivers.Host.Link;

namespace BwcFirmware.Simulator.Fleet
{
    /// <summary>What <c>bwc-sim dock-day</c> runs: the fleet, its shift, the links, the station and its faults.</summary>
    public sealed class DockDayOptions
    {
        /// <summary>Cameras docking at once (the department of the brief deploys 23).</summary>
        public int Cameras { get; set; } = 23;

        /// <summary>Folder for the cards, the station's storage and the summary.</summary>
        public string Folder { get; set; }

        /// <summary>A station to dock to; null starts the reference station on loopback.</summary>
        public string StationUrl { get; set; }

        /// <summary>The device credential.</summary>
        public string Token { get; set; }

        /// <summary>Each camera's link to the station.</summary>
        public LinkShape Link { get; set; } = new LinkShape(20_000_000, 5);

        /// <summary>What each camera's shift left on its card.</summary>
        public ShiftContents Shift { get; set; } = new ShiftContents();

        /// <summary>Kill and restart the station when this share of all bytes (per cent) has arrived; 0: never.</summary>
        public int RestartStationAtPercent { get; set; }

        /// <summary>The reference station's disk in bytes (--max-storage); 0: unlimited.</summary>
        public long StationStorageBytes { get; set; }

        /// <summary>Measure the ideal (the links alone, the station alone) before the dock.</summary>
        public bool MeasureIdeal { get; set; } = true;

        /// <summary>Seed of the shifts and the links' losses.</summary>
        public int Seed { get; set; } = 1;

        /// <summary>A camera still syncing after this long stops where it is (and the run fails).</summary>
        public TimeSpan TimeLimit { get; set; } = TimeSpan.FromMinutes(60);

        /// <summary>How often the progress line is printed.</summary>
        public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>The device id of camera <paramref name="index"/> (0-based): BWC-FLEET-01...</summary>
        public static string DeviceId(int index) => "BWC-FLEET-" + (index + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }
}
