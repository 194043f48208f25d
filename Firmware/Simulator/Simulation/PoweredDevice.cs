using System;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Host.Camera;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Flash;
using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Drivers.Host.NativeMedia;
using BwcFirmware.Drivers.Host.Simulated;
using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Loop;
using BwcFirmware.Simulator.Output;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>
    /// The camera between one power-on and the next power-off or cut: Shared's <see cref="CameraLoop"/>, the loop
    /// the device app runs, over simulated board parts (pins posting GPIO edges, card slot, radio, sleep,
    /// watchdog). Its monotonic clock starts at 0 at power-on, as the device's does; <see cref="BootShiftMs"/> maps
    /// it back to shift time.
    /// </summary>
    public sealed class PoweredDevice : IDisposable
    {
        private readonly SkiaFrameSource _camera;
        private readonly IDisposable _network;
        private readonly IDisposable _engines;
        private readonly SimulatedDeviceClock _clock;
        private readonly SimulatedEdgeInputs _edges;
        private readonly PinDrivers _pins;

        private PoweredDevice(long bootShiftMs, CameraLoop loop, SimulatedDeviceClock clock, SimulatedEdgeInputs edges, PinDrivers pins, SimulatedIndicators indicators, SimulatedSleep sleep, SkiaFrameSource camera, IDisposable network, IDisposable engines)
        {
            _engines = engines;
            BootShiftMs = bootShiftMs;
            Loop = loop;
            _clock = clock;
            _edges = edges;
            _pins = pins;
            Indicators = indicators;
            Sleep = sleep;
            _camera = camera;
            _network = network;
        }

        /// <summary>Shift time of the power-on.</summary>
        public long BootShiftMs { get; }

        /// <summary>The camera loop.</summary>
        public CameraLoop Loop { get; }

        /// <summary>The firmware's brain, or null until a card mounted.</summary>
        public DeviceAgent Agent => Loop.Agent;

        /// <summary>The portable drivers wired to the simulated pins, or null until a card mounted.</summary>
        public BoardDrivers Drivers => _pins.Drivers;

        /// <summary>What the LED, motor and buzzer do.</summary>
        public SimulatedIndicators Indicators { get; }

        /// <summary>The chip's sleep (naps taken; powered down after an orderly power-off).</summary>
        public SimulatedSleep Sleep { get; }

        /// <summary>The host transport to the station, or null without one.</summary>
        public HostHttpTransport Network => _network as HostHttpTransport;

        /// <summary>The camera's frames dropped because the firmware fell behind.</summary>
        public long FramesDropped => _camera.FramesDropped;

        /// <summary>Device monotonic time at shift time <paramref name="shiftMs"/>.</summary>
        public long ToDevice(long shiftMs) => shiftMs - BootShiftMs;

        /// <summary>Shift time at device monotonic time <paramref name="deviceMs"/>.</summary>
        public long ToShift(long deviceMs) => deviceMs + BootShiftMs;

        /// <summary>
        /// Powers the camera on at <paramref name="bootShiftMs"/>: camera, microphone and transport, and the loop
        /// over the simulated parts. It boots on its first pass, once the card mounts; <paramref name="created"/>
        /// sees the agent before it boots, <paramref name="booted"/> after.
        /// </summary>
        public static PoweredDevice PowerOn(
            long bootShiftMs, ShiftOptions options, FaultInjectingCardFileSystem card, ISha256 sha,
            SimulatedBoard board, IShiftReporter reporter, LoopAgentHandler created, LoopAgentHandler booted)
        {
            CameraLoop loop = null;
            var camera = new SkiaFrameSource(
                new SimulatedCameraSettings
                {
                    Width = options.Width,
                    Height = options.Height,
                    FramesPerSecond = options.Fps,
                    Seed = options.Seed,
                    DeviceId = options.DeviceId,
                    StartMs = 0,
                },
                deviceMs => loop?.Agent != null && loop.Agent.Clock.TryGetUtc(deviceMs, out DateTime utc) ? utc : null);
            var microphone = new SimulatedMicrophone(16000, options.Seed);
            NativeFramePathFactory engines = options.Engine == MediaEngineChoice.Native ? new NativeFramePathFactory(camera) : null;
            HostHttpSettings http = StationTransport.Settings(options);
            var network = StationTransport.Create(http, card);
            var clock = new SimulatedDeviceClock();
            var edges = new SimulatedEdgeInputs(board, clock);
            var indicators = new SimulatedIndicators();
            var pins = new PinDrivers(board.Pins, board.Battery, indicators);
            var sleep = new SimulatedSleep();
            loop = new CameraLoop(new LoopParts
            {
                Agent = new AgentParts
                {
                    Card = card,
                    Frames = camera,
                    Audio = microphone,
                    Sha256 = sha,
                    FramePaths = engines,
                    Http = network,
                    ChainHeadStore = options.FlashDirectory == null ? null : new FolderChainHeadStore(options.FlashDirectory),
                    Settings = new AgentSettings
                    {
                        FrameWidth = options.Width,
                        FrameHeight = options.Height,
                        FramesPerSecond = options.Fps,
                        StationUrl = options.StationUrl?.ToString() ?? string.Empty,
                        StationToken = options.Token ?? string.Empty,
                    },
                },
                Card = new SimulatedCardMount(card),
                Edges = edges,
                Pins = pins,
                Network = new SimulatedNetworkLink(),
                Sleep = sleep,
                Watchdog = new SimulatedWatchdog(),
                Clock = clock,
                Station = new SimulatedStationAccess(http),
                Log = new StartupNotes(reporter, () => bootShiftMs + clock.NowMs),
            });
            loop.AgentCreated += created;
            loop.AgentBooted += booted;
            return new PoweredDevice(bootShiftMs, loop, clock, edges, pins, indicators, sleep, camera, network as IDisposable, engines);
        }

        /// <summary>The GPIO interrupt: posts a pin edge for the loop to drain.</summary>
        public void OnEdge(PinEdge edge)
        {
            _edges.Post(edge, ToDevice(edge.TimeMs));
        }

        /// <summary>One loop pass at shift time <paramref name="shiftMs"/>.</summary>
        public void Step(long shiftMs)
        {
            _clock.NowMs = ToDevice(shiftMs);
            Loop.Pass();
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _engines?.Dispose();
            _camera.Dispose();
            _network?.Dispose();
        }
    }
}
