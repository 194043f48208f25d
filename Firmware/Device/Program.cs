using System.Threading;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Esp32.Board;
using BwcFirmware.Drivers.Esp32.Card;
using BwcFirmware.Drivers.Esp32.Indicators;
using BwcFirmware.Drivers.Esp32.Network;
using BwcFirmware.Drivers.Esp32.Storage;
using BwcFirmware.Drivers.Esp32.Timing;
using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Loop;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.Device
{
    /// <summary>The device's composition root: board file, adapters, and Shared's camera loop over them (README.md).</summary>
    public static class Program
    {
        /// <summary>Card read-back per slice of a closed chunk's hash (the engine scales slices to the video rate).</summary>
        public const int ChunkHashSliceBytes = 16384;

        /// <summary>Entry point nanoCLR calls after deployment.</summary>
        public static void Main()
        {
            StartupReport report = new StartupReport();
            string problem;
            BoardPins pins = BoardFile.TryLoad(BoardFile.DefaultPath, out problem);
            if (pins == null)
            {
                // Without the pin map nothing can be driven safely; wait for a redeploy instead of guessing.
                report.Problem("board file: " + problem);
                Thread.Sleep(Timeout.Infinite);
            }

            report.Note("board " + pins.Board + " (" + pins.Chip + ")");
            DeviceHardware hardware = DeviceHardware.Start(pins, report);
            CameraLoop loop = Compose(hardware, report);
            report.Note("running");
            loop.Run();
        }

        private static CameraLoop Compose(DeviceHardware hardware, StartupReport report)
        {
            FatCardFileSystem card = new FatCardFileSystem(SdCardMount.DriveRoot);
            SlicedFileHasher chunkHasher = new SlicedFileHasher(card, new Sha256(), ChunkHashSliceBytes);

            // The native media part (camera, microphone and chunk writing in C) when the image and the deploy carry
            // it; otherwise the managed engine over whatever managed sources there are, and one line says so.
            IFramePathFactory framePaths = NativeMediaLink.TryStart(hardware.Pins, new NoCamera(), chunkHasher, report);
            if (framePaths == null)
            {
                hardware.StartManagedMedia(report);
            }

            // The token and CA live on the card, read at boot: the transport exists first, its settings follow.
            DeviceHttpSettings http = new DeviceHttpSettings();
            CameraLoop loop = new CameraLoop(new LoopParts
            {
                Agent = new AgentParts
                {
                    Card = card,
                    Frames = hardware.Camera != null ? hardware.Camera : new NoCamera(),
                    Audio = hardware.Microphone,
                    Sha256 = new Sha256(),
                    ChunkHasher = chunkHasher,
                    FramePaths = framePaths,
                    ChainHeadStore = new InternalFlashChainHeadStore(),
                    Http = new NanoHttpTransport(SdCardMount.DriveRoot, http),
                    Settings = new AgentSettings(),
                },
                Card = hardware.Card,
                Edges = hardware.Inputs,
                Pins = new PinDrivers(hardware.Pins, hardware.Battery, new GpioIndicators(hardware.RecordLed, hardware.Haptic)),
                Network = hardware.Wifi,
                Sleep = hardware.Sleep,
                Watchdog = hardware.Watchdog,
                Clock = new MonotonicClock(),
                Station = new StationAccess(http),
                Log = report,
            });
            // Switching the radio takes a restart (WifiLink): never while a clip is open.
            loop.AgentBooted += agent => hardware.Wifi.RestartAllowed = () => !agent.Recorder.IsClipOpen;

            return loop;
        }
    }
}
