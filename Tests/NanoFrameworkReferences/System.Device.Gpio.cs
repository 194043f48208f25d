// Mirrors nanoFramework.System.Device.Gpio 1.1.62 (assembly System.Device.Gpio 1.1.62.0), source tag v1.1.62 of
// nanoframework/System.Device.Gpio. Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
using System;

namespace System.Device.Gpio
{
    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);

    public sealed class GpioController : IDisposable
    {
        public GpioController() => throw new NotImplementedException();

        public GpioPin OpenPin(int pinNumber, PinMode mode) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public sealed class GpioPin : IDisposable
    {
        private GpioPin() => throw new NotImplementedException();

        public event PinValueChangedEventHandler ValueChanged { add => throw new NotImplementedException(); remove => throw new NotImplementedException(); }

        public TimeSpan DebounceTimeout { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public int PinNumber => throw new NotImplementedException();

        public void SetPinMode(PinMode value) => throw new NotImplementedException();

        public PinValue Read() => throw new NotImplementedException();

        public void Write(PinValue value) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public class PinValueChangedEventArgs : nanoFramework.Runtime.Events.BaseEvent
    {
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber) => throw new NotImplementedException();

        public PinEventTypes ChangeType => throw new NotImplementedException();

        public int PinNumber => throw new NotImplementedException();
    }

    [Flags]
    public enum PinEventTypes
    {
        None = 0,
        Rising = 1,
        Falling = 2,
    }

    public enum PinMode
    {
        Input,
        InputPullDown,
        InputPullUp,
        Output,
        OutputOpenDrain,
        OutputOpenDrainPullUp,
        OutputOpenSource,
        OutputOpenSourcePullDown,
    }

    public readonly struct PinValue
    {
        public static PinValue High => throw new NotImplementedException();

        public static PinValue Low => throw new NotImplementedException();

        public static bool operator ==(PinValue a, PinValue b) => throw new NotImplementedException();

        public static bool operator !=(PinValue a, PinValue b) => throw new NotImplementedException();

        public override bool Equals(object obj) => throw new NotImplementedException();

        public override int GetHashCode() => throw new NotImplementedException();
    }
}
