namespace BwcFirmware.Simulator.Commands
{
    /// <summary>The demo's built-in shift and the config on its card.</summary>
    public static class DemoShift
    {
        /// <summary>The card config: a named camera and officer, holster auto-start on.</summary>
        public const string Config = @"# bwc-sim demo card
device_id = BWC-DEMO-07
officer_id = PC-4127
holster_auto_start = true
pre_event_seconds = 30
";

        /// <summary>
        /// The demo's card: 300 MB, so the third incident needs the room of the first clip, which by then the
        /// station has confirmed. The whole evidence cycle shows: recorded, uploaded, confirmed, freed.
        /// </summary>
        public const long CardBytes = 300L * 1000 * 1000;

        /// <summary>
        /// The scenario: buffering, two incidents, a marker, a privacy mute, a stop, a power cut and recovery,
        /// dock and sync, then a third incident for which the card frees the confirmed first clip.
        /// </summary>
        public const string Script = @"# bwc-sim demo: a short patrol shift
00:00 power.on          # the camera starts buffering the last 30 s
01:00 record.double     # incident 1: a traffic stop; the 30 s before are kept
01:25 record.press      # marker: the driver hands over a licence
01:40 function.hold     # privacy mute: a witness asks to speak off the record
02:10 function.hold     # mute off
02:40 record.hold       # stop: the clip is closed
03:30 battery 3720
04:00 holster.draw      # incident 2: drawing the weapon starts a clip by itself
04:20 holster.return
04:40 power.cut         # the battery is pulled mid-recording
04:45 power.on          # boot: recovery closes clip 2 up to the last flushed second
05:30 battery 3650
06:00 dock              # back at the station: both clips go up and the station confirms their hashes
07:00 undock            # out again: buffering restarts
07:00 battery 4000      # charged in the dock
07:30 record.double     # incident 3: the 300 MB card needs room, so the confirmed clip 1 is freed
09:30 record.hold       # stop; clip 2 (confirmed) and clip 3 (not yet uploaded) stay on the card
10:00 end
";
    }
}
