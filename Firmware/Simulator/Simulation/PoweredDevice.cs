using System;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Host.Camera;
using BwcFirmware.Drivers.Host.Flash;
using BwcFirmware.Drivers.Host.Simulated;
using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>
    /// The camera between one power-on and the next power-off or cut: the same composition as the device app
    /// (agent, board drivers, indicator policy) over simulated hardware. Its monotonic clock starts at 0 at
    /// power-on, as the device's does; <see cref="BootShiftMs"/> maps it back to shift time.
    /// </summary>
    public sealed class PoweredDevice : IDisposable
    {
        private readonly SkiaFrameSource _camera;
        private readonly IDisposable _network;

        /// <summary>The host transport to the station, or null without one.</summary>
        public Drivers.Host.Http.HostHttpTransport Network => _network as Drivers.Host.Http.HostHttpTransport;

        private PoweredDevice(long bootShiftMs, DeviceAgent agent, BoardDrivers drivers, SimulatedIndicators indicators, SkiaFrameSource camera, IDisposable network)
        {
            _network = network;
            BootShiftMs = bootShiftMs;
            Agent = agent;
            Drivers = drivers;
            Indicators = indicators;
            _camera = camera;
        }

        /// <summary>Shift time of the power-on.</summary>
        public long BootShiftMs { get; }

        /// <summary>The firmware's brain.</summary>
        public DeviceAgent Agent { get; }

        /// <summary>The portable drivers wired to the simulated pins.</summary>
        public BoardDrivers Drivers { get; }

        /// <summary>What the LED, motor and buzzer do.</summary>
        public SimulatedIndicators Indicators { get; }

        /// <summary>The camera's frames dropped because the firmware fell behind.</summary>
        public long FramesDropped => _camera.FramesDropped;

        /// <summary>Device monotonic time at shift time <paramref name="shiftMs"/>.</summary>
        public long ToDevice(long shiftMs) => shiftMs - BootShiftMs;

        /// <summary>Shift time at device monotonic time <paramref name="deviceMs"/>.</summary>
        public long ToShift(long deviceMs) => deviceMs + BootShiftMs;

        /// <summary>
        /// Powers the camera on at <paramref name="bootShiftMs"/>: builds camera and microphone, the agent over
        /// <paramref name="card"/>, boots it, then the drivers with the config it read, reading the switches'
        /// levels as the device does at start-up. <paramref name="beforeBoot"/> may subscribe to the agent first.
        /// </summary>
        public static PoweredDevice PowerOn(
            long bootShiftMs, ShiftOptions options, ICardFileSystem card, ISha256 sha,
            SimulatedBoard board, Action<DeviceAgent> beforeBoot)
        {
            DeviceAgent agent = null;
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
                deviceMs => agent != null && agent.Clock.TryGetUtc(deviceMs, out DateTime utc) ? utc : null);
            var microphone = new SimulatedMicrophone(16000, options.Seed);
            IHttpTransport network = StationTransport.Create(options, card);
            agent = new DeviceAgent(new AgentParts
            {
                Card = card,
                Frames = camera,
                Audio = microphone,
                Sha256 = sha,
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
            });
            beforeBoot?.Invoke(agent);
            agent.Boot(0);
            var indicators = new SimulatedIndicators();
            var drivers = new BoardDrivers(agent.Inputs, agent.Config, board.Battery, indicators);
            drivers.Attach(agent);
            drivers.OnEdge(BoardInput.Holster, board.Holster.Level, 0);
            drivers.OnEdge(BoardInput.Dock, board.Dock.Level, 0);
            drivers.OnEdge(BoardInput.CardDetect, board.CardDetect.Level, 0);
            return new PoweredDevice(bootShiftMs, agent, drivers, indicators, camera, network as IDisposable);
        }

        /// <summary>Hands a pin edge to the drivers, as the GPIO interrupt would.</summary>
        public void OnEdge(PinEdge edge)
        {
            Drivers.OnEdge(ToBoardInput(edge.Pin), edge.Active, ToDevice(edge.TimeMs));
        }

        /// <summary>One loop turn at shift time <paramref name="shiftMs"/>.</summary>
        public void Step(long shiftMs)
        {
            Agent.Step(ToDevice(shiftMs));
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _camera.Dispose();
            _network?.Dispose();
        }

        private static BoardInput ToBoardInput(BoardPin pin)
        {
            switch (pin)
            {
                case BoardPin.RecordButton:
                    return BoardInput.RecordButton;
                case BoardPin.FunctionButton:
                    return BoardInput.FunctionButton;
                case BoardPin.Holster:
                    return BoardInput.Holster;
                case BoardPin.Dock:
                    return BoardInput.Dock;
                default:
                    return BoardInput.CardDetect;
            }
        }
    }
}
