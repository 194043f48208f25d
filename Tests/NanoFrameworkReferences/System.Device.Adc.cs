// Mirrors nanoFramework.System.Device.Adc 1.1.24 (assembly System.Device.Adc 1.1.24.44037), source tag v1.1.24 of
// nanoframework/System.Device.Adc. Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
// The abstract bases AdcControllerBase and AdcChannelBase are folded into the classes used.
using System;

namespace System.Device.Adc
{
    public class AdcController
    {
        public AdcController() => throw new NotImplementedException();

        public int MaxValue => throw new NotImplementedException();

        public AdcChannel OpenChannel(int channelNumber) => throw new NotImplementedException();
    }

    public class AdcChannel : IDisposable
    {
        private AdcChannel() => throw new NotImplementedException();

        public int ReadValue() => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}
