using System;
using System.Device.Gpio;

namespace BwcFirmware.Drivers.Esp32.Gpio
{
    /// <summary>An active-high output (recording LED through its resistor, haptic motor through its driver transistor).</summary>
    public sealed class DigitalOutput : IDisposable
    {
        private readonly GpioPin _pin;
        private bool _on;

        /// <summary>Opens <paramref name="pin"/> as an output, switched off.</summary>
        public DigitalOutput(GpioController controller, int pin)
        {
            _pin = controller.OpenPin(pin, PinMode.Output);
            _pin.Write(PinValue.Low);
        }

        /// <summary>Switches the output; writes the pin only when the state changes.</summary>
        public void Set(bool on)
        {
            if (on == _on)
            {
                return;
            }

            _on = on;
            _pin.Write(on ? PinValue.High : PinValue.Low);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _pin.Write(PinValue.Low);
            _pin.Dispose();
        }
    }
}
