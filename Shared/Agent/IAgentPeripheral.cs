namespace BwcFirmware.Shared.Agent
{
    /// <summary>
    /// Something the agent's loop steps before it handles inputs: drivers whose timers turn raw edges into
    /// gestures (a hold fires when its threshold passes, a single press once the double-press window closes),
    /// indicator timing. Declared here so the agent runs them without depending on the driver assembly.
    /// </summary>
    public interface IAgentPeripheral
    {
        /// <summary>Advances to <paramref name="nowMs"/>; may post inputs to the agent's queue.</summary>
        void Step(long nowMs);
    }
}
