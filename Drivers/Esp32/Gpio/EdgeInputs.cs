using System;
using System.Device.Gpio;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Esp32.Timing;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Esp32.Gpio
{
    /// <summary>
    /// Input pins (buttons, holster, dock, charge sense, card detect) whose changes are posted, with their
    /// monotonic time, to a <see cref="GpioEdgeQueue"/>. The handler decides nothing: the portable debounce and
    /// gesture logic in the loop does.
    /// </summary>
    public sealed class EdgeInputs : IDisposable, IEdgeSource
    {
        private readonly GpioController _controller;
        private readonly GpioEdgeQueue _queue;
        private readonly GpioPin[] _pins;
        private readonly bool[] _pullUps;
        private int _count;

        /// <summary>Creates the inputs on <paramref name="controller"/>; at most <paramref name="maxPins"/> pins.</summary>
        public EdgeInputs(GpioController controller, GpioEdgeQueue queue, int maxPins)
        {
            _controller = controller;
            _queue = queue;
            _pins = new GpioPin[maxPins];
            _pullUps = new bool[maxPins];
        }

        /// <summary>
        /// Opens <paramref name="pin"/> as an input (with the internal pull-up when <paramref name="pullUp"/>) and
        /// starts posting its edges. <paramref name="nativeDebounceMs"/> lets the native driver drop contact
        /// chatter shorter than that before it reaches the managed heap; 0 leaves all filtering to the portable
        /// debounce (used for the record button, whose press timing the gesture logic measures itself).
        /// </summary>
        public void Open(int pin, bool pullUp, int nativeDebounceMs)
        {
            GpioPin gpio = _controller.OpenPin(pin, pullUp ? PinMode.InputPullUp : PinMode.Input);
            if (nativeDebounceMs > 0)
            {
                gpio.DebounceTimeout = TimeSpan.FromTicks(nativeDebounceMs * TimeSpan.TicksPerMillisecond);
            }

            gpio.ValueChanged += OnValueChanged;
            _pins[_count] = gpio;
            _pullUps[_count] = pullUp;
            _count++;
        }

        /// <summary>
        /// Sets an opened pin's input mode again (with its pull-up as opened). After an ext0 wake the pad is an RTC IO;
        /// SetPinMode runs gpio_reset_pin and gpio_config, which hand it back to the GPIO matrix.
        /// </summary>
        public void Reconfigure(int pin)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_pins[i].PinNumber == pin)
                {
                    _pins[i].SetPinMode(_pullUps[i] ? PinMode.InputPullUp : PinMode.Input);
                }
            }
        }

        /// <summary>The current level of an opened pin (true = high).</summary>
        public bool ReadLevel(int pin)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_pins[i].PinNumber == pin)
                {
                    return _pins[i].Read() == PinValue.High;
                }
            }

            return false;
        }

        /// <summary>Takes the oldest edge the pins posted (the loop only); false when none is waiting.</summary>
        public bool TryTakeEdge(out int pin, out bool high, out long timeMs)
        {
            GpioEdge edge;
            bool taken = _queue.TryTake(out edge);
            pin = edge.Pin;
            high = edge.High;
            timeMs = edge.TimeMs;
            return taken;
        }

        /// <summary>
        /// Posts the current level of every pin as an edge. Used at start-up and after light sleep, when a change
        /// may have happened while no interrupt was delivered; the debounce ignores levels that did not change.
        /// </summary>
        public void PostCurrentLevels()
        {
            long now = MonotonicClock.NowMs;
            for (int i = 0; i < _count; i++)
            {
                _queue.Post(_pins[i].PinNumber, _pins[i].Read() == PinValue.High, now);
            }
        }

        /// <inheritdoc />
        public void Dispose()
        {
            for (int i = 0; i < _count; i++)
            {
                _pins[i].ValueChanged -= OnValueChanged;
                _pins[i].Dispose();
            }

            _count = 0;
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            _queue.Post(e.PinNumber, e.ChangeType == PinEventTypes.Rising, MonotonicClock.NowMs);
        }
    }
}
