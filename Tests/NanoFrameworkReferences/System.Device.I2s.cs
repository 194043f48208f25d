// Mirrors nanoFramework.System.Device.I2s 1.0.28 (assembly System.Device.I2s 1.0.28.0), source tag v1.0.28 of
// nanoframework/System.Device.I2s. Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
using System;

namespace System.Device.I2s
{
    public class I2sDevice : IDisposable
    {
        public I2sDevice(I2sConnectionSettings settings) => throw new NotImplementedException();

        public void Read(SpanByte buffer) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public sealed class I2sConnectionSettings
    {
        public I2sConnectionSettings(int busId) => throw new NotImplementedException();

        public I2sMode Mode { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public I2sBitsPerSample BitsPerSample { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public I2sChannelFormat ChannelFormat { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public I2sCommunicationFormat CommunicationFormat { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public int SampleRate { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }
    }

    [Flags]
    public enum I2sMode
    {
        Master = 1 << 0,
        Slave = 1 << 1,
        Tx = 1 << 2,
        Rx = 1 << 3,
        DacBuiltIn = 1 << 4,
        AdcBuiltIn = 1 << 5,
        Pdm = 1 << 6,
    }

    public enum I2sBitsPerSample
    {
        Bit8 = 8,
        Bit16 = 16,
        Bit24 = 24,
        Bit32 = 32,
    }

    public enum I2sChannelFormat
    {
        RightLeft = 0x00,
        AllRight,
        AllLeft,
        OnlyRight,
        OnlyLeft,
    }

    public enum I2sCommunicationFormat
    {
        I2S = 0x01,
        Msb = 0x03,
        PcmShort = 0x04,
        PcmLong = 0x0C,
    }
}
