using BwcFirmware.Shared.Agent;

namespace BwcFirmware.Shared.Loop
{
    /// <summary>Raised by the loop with the agent it created or booted.</summary>
    public delegate void LoopAgentHandler(DeviceAgent agent);
}
