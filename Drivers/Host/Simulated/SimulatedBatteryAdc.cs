using System;
using BwcFirmware.Drivers.Board;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>
    /// The battery divider on an ADC channel, as millivolts at the cell. The scripted voltage is the cell's
    /// resting voltage; every reading adds a few millivolts of noise (seeded), as a real ADC does.
    /// </summary>
    public sealed class SimulatedBatteryAdc : IBatteryAdc
    {
        private readonly Random _random;
        private readonly int _noiseMillivolts;

        /// <summary>Creates the ADC with the cell at <paramref name="millivolts"/>.</summary>
        public SimulatedBatteryAdc(int millivolts, int noiseMillivolts, Random random)
        {
            CellMillivolts = millivolts;
            _noiseMillivolts = noiseMillivolts < 0 ? 0 : noiseMillivolts;
            _random = random ?? throw new ArgumentNullException(nameof(random));
        }

        /// <summary>The cell's resting voltage now.</summary>
        public int CellMillivolts { get; private set; }

        /// <summary>Sets the cell's voltage (from a script line).</summary>
        public void SetCellMillivolts(int millivolts)
        {
            CellMillivolts = millivolts;
        }

        /// <summary>One ADC conversion: the cell voltage plus noise.</summary>
        public int ReadMillivolts()
        {
            return CellMillivolts + _random.Next(-_noiseMillivolts, _noiseMillivolts + 1);
        }
    }
}
