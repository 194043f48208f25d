namespace BwcFirmware.Shared.Recording
{
    /// <summary>One thing that happened, with the monotonic time it happened at.</summary>
    public struct InputEvent
    {
        /// <summary>Creates an event.</summary>
        public InputEvent(InputKind kind, long timeMs, int argument)
        {
            Kind = kind;
            TimeMs = timeMs;
            Argument = argument;
        }

        /// <summary>What happened.</summary>
        public InputKind Kind { get; }

        /// <summary>Monotonic milliseconds since power-on when it happened.</summary>
        public long TimeMs { get; }

        /// <summary>A value some kinds carry (battery percent); 0 otherwise.</summary>
        public int Argument { get; }
    }
}
