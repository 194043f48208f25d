#nullable disable
using System.Collections;
using BwcFirmware.DeviceTests.Fakes;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Loop;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.DeviceTests.Agent
{
    /// <summary>
    /// The camera's brain on an in-memory card, composed as the device app composes it (agent, then the board
    /// drivers with the config it read), stepped every <see cref="PassMs"/> like the device loop. Button presses
    /// arrive as raw edges between passes, as GPIO interrupts post them.
    /// </summary>
    public sealed class ShiftRig
    {
        /// <summary>The loop period of the device.</summary>
        public const int PassMs = 20;

        /// <summary>Frames per second of the camera.</summary>
        public const int Fps = 15;

        private readonly ArrayList _handled = new ArrayList();
        private long _nowMs;

        /// <summary>Boots the camera at time 0 on <paramref name="card"/>, with <paramref name="http"/> as its network (or null).</summary>
        public ShiftRig(InMemoryCard card, FakeTusStation http)
        {
            Card = card;
            Camera = new CountingCamera(Fps);
            AgentParts parts = new AgentParts();
            parts.Card = card;
            parts.Frames = Camera;
            parts.Audio = new ToneMicrophone();
            parts.Sha256 = new Sha256();
            parts.Http = http;
            AgentSettings settings = new AgentSettings();
            settings.FramesPerSecond = Fps;
            settings.FrameWidth = 160;
            settings.FrameHeight = 120;
            parts.Settings = settings;
            Agent = new DeviceAgent(parts);
            Agent.InputHandled += OnInputHandled;
            Agent.Boot(0);
            Drivers = new BoardDrivers(new InputMap(Agent.Inputs), Agent.Config, null, null);
            Agent.AddPeripheral(Drivers);
            Drivers.OnEdge(BoardInput.Holster, false, 0);
            Drivers.OnEdge(BoardInput.Dock, false, 0);
            Drivers.OnEdge(BoardInput.CardDetect, true, 0);
        }

        /// <summary>The card.</summary>
        public InMemoryCard Card { get; }

        /// <summary>The camera.</summary>
        public CountingCamera Camera { get; }

        /// <summary>The brain.</summary>
        public DeviceAgent Agent { get; }

        /// <summary>The portable drivers.</summary>
        public BoardDrivers Drivers { get; }

        /// <summary>Inputs the recorder handled so far.</summary>
        public int HandledCount
        {
            get { return _handled.Count; }
        }

        /// <summary>True when the recorder handled an input of <paramref name="kind"/>.</summary>
        public bool Handled(InputKind kind)
        {
            for (int i = 0; i < _handled.Count; i++)
            {
                if ((InputKind)_handled[i] == kind)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Runs the loop up to <paramref name="timeMs"/>.</summary>
        public void RunTo(long timeMs)
        {
            while (_nowMs + PassMs <= timeMs)
            {
                _nowMs += PassMs;
                Agent.Step(_nowMs);
            }
        }

        /// <summary>Presses <paramref name="button"/> at <paramref name="atMs"/> for <paramref name="holdMs"/>, running the loop meanwhile.</summary>
        public void Press(BoardInput button, long atMs, int holdMs)
        {
            RunTo(atMs);
            Drivers.OnEdge(button, true, atMs);
            RunTo(atMs + holdMs);
            Drivers.OnEdge(button, false, atMs + holdMs);
        }

        /// <summary>Puts the camera in or out of its dock at <paramref name="atMs"/>.</summary>
        public void Dock(long atMs, bool docked)
        {
            RunTo(atMs);
            Drivers.OnEdge(BoardInput.Dock, docked, atMs);
        }

        /// <summary>An orderly power-off at <paramref name="atMs"/>.</summary>
        public void PowerOff(long atMs)
        {
            RunTo(atMs);
            Agent.PowerOff(atMs);
        }

        /// <summary>The config file for a short shift: a 4 s pre-event buffer and 2 s chunks keep the card small.</summary>
        public static InMemoryCard ShortShiftCard(string extraConfig)
        {
            InMemoryCard card = new InMemoryCard(64L * 1024 * 1024);
            card.Put(CardLayout.ConfigFile, TestBytes.Ascii("device_id = BWC-0042\npre_event_seconds = 4\nchunk_seconds = 2\n" + extraConfig));
            return card;
        }

        private void OnInputHandled(InputEvent input)
        {
            _handled.Add(input.Kind);
        }
    }
}
