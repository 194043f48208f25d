// Fakes of nanoFramework.System.Device.Gpio 1.1.62 with the members Tests/NanoFrameworkReferences declares. A pin
// whose pad an ext0 light sleep gave to the RTC domain (FakeChip.RtcPads) raises no edges until its mode is set again.
using System;
using BwcFirmware.AdapterTests.Fakes;

namespace System.Device.Gpio
{
    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);

    public sealed class GpioController : IDisposable
    {
        /// <summary>Test hook: the pins opened, by number.</summary>
        public System.Collections.Generic.Dictionary<int, GpioPin> Opened { get; } = new System.Collections.Generic.Dictionary<int, GpioPin>();

        public GpioPin OpenPin(int pinNumber, PinMode mode)
        {
            GpioPin pin = new GpioPin(pinNumber, mode);
            Opened[pinNumber] = pin;
            return pin;
        }

        public void Dispose()
        {
        }
    }

    public sealed class GpioPin : IDisposable
    {
        internal GpioPin(int pinNumber, PinMode mode)
        {
            PinNumber = pinNumber;
            Mode = mode;
        }

        public event PinValueChangedEventHandler ValueChanged;

        public TimeSpan DebounceTimeout { get; set; }

        public int PinNumber { get; }

        public PinMode Mode { get; private set; }

        public void SetPinMode(PinMode value)
        {
            Mode = value;
            FakeChip.RtcPads.Remove(PinNumber);
        }

        public PinValue Read() => FakeChip.PinLevels.TryGetValue(PinNumber, out bool high) && high ? PinValue.High : PinValue.Low;

        public void Write(PinValue value)
        {
        }

        public void Dispose()
        {
        }

        /// <summary>Test hook: the level changes on the wire; raises an edge unless the pad is the RTC's.</summary>
        public void Drive(bool high)
        {
            FakeChip.PinLevels[PinNumber] = high;
            if (!FakeChip.RtcPads.Contains(PinNumber))
            {
                ValueChanged?.Invoke(this, new PinValueChangedEventArgs(high ? PinEventTypes.Rising : PinEventTypes.Falling, PinNumber));
            }
        }
    }

    public class PinValueChangedEventArgs : EventArgs
    {
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber)
        {
            ChangeType = changeType;
            PinNumber = pinNumber;
        }

        public PinEventTypes ChangeType { get; }

        public int PinNumber { get; }
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

    public readonly struct PinValue : IEquatable<PinValue>
    {
        private readonly bool _high;

        private PinValue(bool high)
        {
            _high = high;
        }

        public static PinValue High => new PinValue(true);

        public static PinValue Low => new PinValue(false);

        public static bool operator ==(PinValue a, PinValue b) => a._high == b._high;

        public static bool operator !=(PinValue a, PinValue b) => a._high != b._high;

        public bool Equals(PinValue other) => _high == other._high;

        public override bool Equals(object obj) => obj is PinValue other && Equals(other);

        public override int GetHashCode() => _high ? 1 : 0;
    }
}
