using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Shared.Agent
{
    /// <summary>The sync side of the agent: uploads only while docked and not recording.</summary>
    public sealed partial class DeviceAgent
    {
        private void OnSyncInput(InputEvent input)
        {
        }

        private void StepSync(long nowMs)
        {
        }

        private void StopSync(long nowMs, string why)
        {
        }
    }
}
