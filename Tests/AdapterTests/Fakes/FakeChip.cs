using System;
using System.Collections.Generic;

namespace BwcFirmware.AdapterTests.Fakes
{
    /// <summary>
    /// The ESP32 as the adapters see it through the fakes: wake sources stay armed until a restart (as ESP-IDF keeps
    /// them in RAM), an ext0 light sleep leaves its pad with the RTC domain until the pin's mode is set again, the
    /// stored Wi-Fi station configuration survives restarts and decides at each start whether the driver runs.
    /// </summary>
    public static class FakeChip
    {
        public static List<string> ArmedWakes { get; } = new List<string>();

        public static List<string> DeepSleptWith { get; set; }

        public static int LightSleeps { get; set; }

        public static int Restarts { get; set; }

        public static HashSet<int> RtcPads { get; } = new HashSet<int>();

        public static Dictionary<int, bool> PinLevels { get; } = new Dictionary<int, bool>();

        public static byte StoredWifiOptions { get; set; }

        public static string StoredSsid { get; set; }

        public static string StoredPassword { get; set; }

        public static int ConfigurationWrites { get; set; }

        /// <summary>Whether this start brought the Wi-Fi driver up (nf-interpreter NF_ESP32_Wireless.cpp:61-64).</summary>
        public static bool WifiStarted { get; private set; }

        /// <summary>A start: the image reads the stored station configuration.</summary>
        public static void Boot()
        {
            WifiStarted = (StoredWifiOptions & 0x02) != 0 && (StoredWifiOptions & 0x01) == 0;
            ArmedWakes.Clear();
            RtcPads.Clear();
        }

        /// <summary>Power-on with the image's default station configuration (AutoConnect | Enable | SmartConfig).</summary>
        public static void PowerOn(string savedSsid = null)
        {
            ArmedWakes.Clear();
            DeepSleptWith = null;
            LightSleeps = 0;
            Restarts = 0;
            RtcPads.Clear();
            PinLevels.Clear();
            StoredWifiOptions = 0x0E;
            StoredSsid = savedSsid ?? string.Empty;
            StoredPassword = savedSsid == null ? string.Empty : "secret";
            ConfigurationWrites = 0;
            Boot();
        }

        /// <summary>A full reset: RAM (and with it every armed wake source) is gone, the flash stays.</summary>
        public static void Restart()
        {
            Restarts++;
            ArmedWakes.Clear();
            RtcPads.Clear();
            throw new ChipRestarted();
        }
    }

    /// <summary>Ends a call that never returns on the chip (restart).</summary>
    public sealed class ChipRestarted : Exception
    {
    }

    /// <summary>Ends a call that never returns on the chip (deep sleep).</summary>
    public sealed class ChipAsleep : Exception
    {
    }
}
