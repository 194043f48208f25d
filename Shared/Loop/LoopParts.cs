using BwcFirmware.Shared.Agent;

namespace BwcFirmware.Shared.Loop
{
    /// <summary>What a composition root (the device app, the simulator, a test) hands the loop: the agent's parts and the board.</summary>
    public sealed class LoopParts
    {
        /// <summary>The agent's hardware; its card is the mounted card's files, its capacity is filled from <see cref="Card"/>.</summary>
        public AgentParts Agent { get; set; }

        /// <summary>The card slot.</summary>
        public ICardMount Card { get; set; }

        /// <summary>The input pins' edges.</summary>
        public IEdgeSource Edges { get; set; }

        /// <summary>The drivers behind the pins.</summary>
        public IPinDrivers Pins { get; set; }

        /// <summary>The dock network.</summary>
        public INetworkLink Network { get; set; }

        /// <summary>Waits, naps and the power-down.</summary>
        public ISleep Sleep { get; set; }

        /// <summary>The loop's watchdog.</summary>
        public IWatchdog Watchdog { get; set; }

        /// <summary>Monotonic time.</summary>
        public IClock Clock { get; set; }

        /// <summary>The station transport's credentials and link state.</summary>
        public IStationAccess Station { get; set; }

        /// <summary>Start-up lines.</summary>
        public IStartupLog Log { get; set; }
    }
}
