using System;
using System.Globalization;
using BwcFirmware.Simulator.Scripting;
using BwcFirmware.Simulator.Timeline;

namespace BwcFirmware.Simulator.Output
{
    /// <summary>The words of the status line, shared by the terminal and the plain reporter.</summary>
    public static class StatusText
    {
        /// <summary>Width of the sync progress bar in characters.</summary>
        public const int BarWidth = 20;

        /// <summary>The state as an officer would say it.</summary>
        public static string State(string state)
        {
            switch (state)
            {
                case "PreEventBuffer":
                    return "BUFFER";
                case "Recording":
                    return "REC";
                case "PrivacyMuted":
                    return "REC-MUTED";
                case "Idle":
                    return "IDLE";
                default:
                    return state.ToUpperInvariant();
            }
        }

        /// <summary>"[#######.............] 35%" for the sync progress, or null when nothing is being synced.</summary>
        public static string SyncBar(ShiftStatus status)
        {
            if (status.SyncTotalBytes <= 0)
            {
                return null;
            }

            double fraction = Math.Clamp((double)status.SyncDoneBytes / status.SyncTotalBytes, 0, 1);
            int filled = (int)Math.Round(fraction * BarWidth);
            return "[" + new string('#', filled) + new string('.', BarWidth - filled) + "] "
                + ((int)(fraction * 100)).ToString(CultureInfo.InvariantCulture) + "% "
                + TimelinePainter.FormatBytes(status.SyncDoneBytes) + "/" + TimelinePainter.FormatBytes(status.SyncTotalBytes);
        }

        /// <summary>"blocked: station refused the token (401)": the sync status with its reason, when it has one.</summary>
        public static string Sync(string state, string reason)
        {
            return (state ?? string.Empty) + (string.IsNullOrEmpty(reason) ? string.Empty : ": " + reason);
        }

        /// <summary>The whole status line without colour.</summary>
        public static string Line(ShiftStatus status)
        {
            string text = ScenarioTime.FormatSeconds(status.TimeMs) + "  " + State(status.State).PadRight(9);
            text += status.ClipId != null
                ? "  clip " + status.ClipId + " " + ScenarioTime.FormatSeconds(status.ClipElapsedMs)
                : "  " + new string(' ', 20);
            text += "  card " + TimelinePainter.FormatBytes(status.CardUsedBytes);
            if (status.BatteryPercent >= 0)
            {
                text += "  bat " + status.BatteryPercent.ToString(CultureInfo.InvariantCulture) + "%";
            }

            if (status.Docked)
            {
                text += "  docked";
            }

            string bar = SyncBar(status);
            if (bar != null || status.SyncState != null)
            {
                text += "  sync " + Sync(status.SyncState, status.SyncReason) + (bar != null ? " " + bar : string.Empty);
            }

            return text;
        }
    }
}
