#nullable disable
using System.Collections;
using BwcFirmware.DeviceTests.Fakes;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Loop;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Recording;
using BwcFirmware.Shared.Sync;

// Portable rig (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>
    /// The camera loop over fakes of every board part, on the pins of a bench board (record button 14 and
    /// function button 42 active low, holster 47 and dock 21 active high). Time moves only through the loop's
    /// pauses and naps, so a run is exact.
    /// </summary>
    public sealed class LoopRig
    {
        /// <summary>Record button GPIO (pull-up: low while pressed).</summary>
        public const int RecordPin = 14;

        /// <summary>Function button GPIO (pull-up: low while pressed).</summary>
        public const int FunctionPin = 42;

        /// <summary>Holster reed GPIO (high while the weapon is out).</summary>
        public const int HolsterPin = 47;

        /// <summary>Dock contact GPIO (high while docked).</summary>
        public const int DockPin = 21;

        /// <summary>The bench board's pin map.</summary>
        public const string PinMap = "board = bench\nchip = esp32s3\nsd.mode = mmc1\nsd.clk = 39\nsd.cmd = 38\nsd.d0 = 40\n" +
            "button.record = 14\nbutton.function = 42\nsensor.holster = 47\nsensor.dock = 21\n" +
            "sensor.charge = 2\nsensor.card_detect = none\nled.record = 41\nhaptic = 3\nmic.clk = none\nmic.data = none\n" +
            "battery.adc_channel = 0\nbattery.divider_top_kohm = 100\nbattery.divider_bottom_kohm = 100\n" +
            "camera.pwdn = none\ncamera.reset = none\ncamera.xclk = 15\ncamera.siod = 4\ncamera.sioc = 5\n" +
            "camera.d7 = 16\ncamera.d6 = 17\ncamera.d5 = 18\ncamera.d4 = 12\ncamera.d3 = 10\ncamera.d2 = 8\n" +
            "camera.d1 = 9\ncamera.d0 = 11\ncamera.vsync = 6\ncamera.href = 7\ncamera.pclk = 13\n";

        private readonly ArrayList _inputs = new ArrayList();

        /// <summary>
        /// The loop over <paramref name="card"/> (its config.txt written from <paramref name="config"/> when not null)
        /// in a slot of <paramref name="capacityBytes"/>.
        /// </summary>
        public LoopRig(ICardFileSystem card, string config, long capacityBytes)
            : this(card, config, capacityBytes, new FakeFrames(), null)
        {
        }

        /// <summary>
        /// The loop as above with the camera <paramref name="frames"/> and the station transport <paramref name="http"/>
        /// (null: none).
        /// </summary>
        public LoopRig(ICardFileSystem card, string config, long capacityBytes, IFrameSource frames, IHttpTransport http)
        {
            if (config != null)
            {
                using (ICardFile file = card.Create("config.txt"))
                {
                    byte[] bytes = TestBytes.Ascii(config);
                    file.Write(bytes, 0, bytes.Length);
                    file.Flush();
                }
            }

            string problem;
            BoardPins pins = BoardPins.TryRead(BoardPinMap.TryParse(PinMap, out problem), out problem);
            Clock = new FakeClock();
            Edges = new FakeEdgeSource(Clock, new int[] { RecordPin, FunctionPin, HolsterPin, DockPin }, new bool[] { true, true, false, false });
            Battery = new FakeBatteryAdc();
            Indicators = new FakeIndicators();
            Pins = new PinDrivers(pins, Battery, Indicators);
            Link = new FakeNetworkLink();
            Sleep = new FakeSleep(Clock);
            Watchdog = new FakeWatchdog();
            Mount = new FakeCardMount(capacityBytes);
            Station = new FakeStationAccess();
            Log = new FakeStartupLog();
            Loop = new CameraLoop(new LoopParts
            {
                Agent = new AgentParts { Card = card, Frames = frames, Sha256 = new Sha256(), Http = http },
                Card = Mount,
                Edges = Edges,
                Pins = Pins,
                Network = Link,
                Sleep = Sleep,
                Watchdog = Watchdog,
                Clock = Clock,
                Station = Station,
                Log = Log,
            });
            Loop.AgentCreated += agent => agent.InputHandled += input => _inputs.Add(input.Kind);
        }

        /// <summary>The loop under test.</summary>
        public CameraLoop Loop { get; }

        /// <summary>Monotonic time.</summary>
        public FakeClock Clock { get; }

        /// <summary>The input pins.</summary>
        public FakeEdgeSource Edges { get; }

        /// <summary>The battery.</summary>
        public FakeBatteryAdc Battery { get; }

        /// <summary>The LED and motor.</summary>
        public FakeIndicators Indicators { get; }

        /// <summary>The drivers behind the pins (real).</summary>
        public PinDrivers Pins { get; }

        /// <summary>The radio.</summary>
        public FakeNetworkLink Link { get; }

        /// <summary>Pauses, naps, power-down.</summary>
        public FakeSleep Sleep { get; }

        /// <summary>The watchdog.</summary>
        public FakeWatchdog Watchdog { get; }

        /// <summary>The card slot.</summary>
        public FakeCardMount Mount { get; }

        /// <summary>The transport's hand-off.</summary>
        public FakeStationAccess Station { get; }

        /// <summary>Start-up lines.</summary>
        public FakeStartupLog Log { get; }

        /// <summary>The agent, once booted.</summary>
        public DeviceAgent Agent
        {
            get { return Loop.Agent; }
        }

        /// <summary>Passes until the clock reaches <paramref name="ms"/> more, or the loop ends; returns the passes run.</summary>
        public int RunFor(long ms)
        {
            long end = Clock.NowMs + ms;
            int passes = 0;
            while (Clock.NowMs < end && !Loop.IsPoweredOff)
            {
                Loop.Pass();
                passes++;
            }

            return passes;
        }

        /// <summary>Presses <paramref name="pin"/> (active low) for <paramref name="heldMs"/>: two edges.</summary>
        public void Press(int pin, long heldMs)
        {
            Edges.Set(pin, false);
            RunFor(heldMs);
            Edges.Set(pin, true);
        }

        /// <summary>How many inputs of <paramref name="kind"/> the recorder handled.</summary>
        public int Handled(InputKind kind)
        {
            int count = 0;
            for (int i = 0; i < _inputs.Count; i++)
            {
                if ((InputKind)_inputs[i] == kind)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
