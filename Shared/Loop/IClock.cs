namespace BwcFirmware.Shared.Loop
{
    /// <summary>Monotonic milliseconds since power-on: never jumps when the wall clock is set.</summary>
    public interface IClock
    {
        /// <summary>Milliseconds since power-on.</summary>
        long NowMs { get; }
    }
}
