using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Sensors
{
    /// <summary>
    /// Battery ADC readings (millivolts at the cell) to charge percent and warning bands. It averages the last
    /// <see cref="AveragedSamples"/> readings, converts them by the configured <see cref="BatteryCurve"/>, reports
    /// <see cref="IBoardEvents.OnBatteryLevel"/> when the percent moved by <see cref="ReportStepPercent"/> or more,
    /// and <see cref="IBoardEvents.OnBatteryBand"/> when the band changes (the first reading reports both).
    /// </summary>
    /// <remarks>
    /// A band is left upwards only <see cref="BandHysteresisPercent"/> above its threshold, so ADC noise near
    /// 5 % cannot close and reopen recording. Readings outside 1000-10000 mV are a broken ADC, not an empty cell:
    /// they are counted and dropped, so a bad wire cannot stop a recording.
    /// </remarks>
    public sealed class BatteryMonitor
    {
        /// <summary>How many readings are averaged (at one reading per second: 8 s of smoothing).</summary>
        public const int AveragedSamples = 8;

        /// <summary>How far above a threshold the percent must rise to leave its band.</summary>
        public const int BandHysteresisPercent = 3;

        /// <summary>The smallest change of percent that is reported as a new level.</summary>
        public const int ReportStepPercent = 2;

        private readonly object _lock = new object();
        private readonly IBoardEvents _events;
        private readonly BatteryCurve _curve;
        private readonly int _lowPercent;
        private readonly int _criticalPercent;
        private readonly int[] _samples = new int[AveragedSamples];
        private int _sampleCount;
        private int _next;
        private int _reportedPercent = -1;

        /// <summary>Creates the monitor with the curve and thresholds of <paramref name="config"/>.</summary>
        public BatteryMonitor(IBoardEvents events, DeviceConfig config)
            : this(events, config.BatteryCurve, config.BatteryLowPercent, config.BatteryCriticalPercent)
        {
        }

        /// <summary>Creates the monitor with an explicit curve and thresholds (critical below low).</summary>
        public BatteryMonitor(IBoardEvents events, BatteryCurve curve, int lowPercent, int criticalPercent)
        {
            _events = events;
            _curve = curve ?? BatteryCurve.Default;
            _lowPercent = lowPercent;
            _criticalPercent = criticalPercent < lowPercent ? criticalPercent : lowPercent - 1;
            Percent = -1;
        }

        /// <summary>The smoothed charge in percent, or -1 before the first good reading.</summary>
        public int Percent { get; private set; }

        /// <summary>The average of the readings in mV, or 0 before the first good reading.</summary>
        public int AverageMillivolts { get; private set; }

        /// <summary>The current band (Normal before the first reading).</summary>
        public BatteryBand Band { get; private set; }

        /// <summary>Readings dropped as impossible (outside 1000-10000 mV).</summary>
        public int RejectedSampleCount { get; private set; }

        /// <summary>A reading of <paramref name="millivolts"/> at <paramref name="timeMs"/>.</summary>
        public void OnSample(int millivolts, long timeMs)
        {
            lock (_lock)
            {
                if (millivolts < 1000 || millivolts > 10000)
                {
                    RejectedSampleCount++;
                    return;
                }

                bool first = _sampleCount == 0;
                if (first)
                {
                    // Start from a full window of the first reading, so one sample gives a full-weight average.
                    for (int i = 0; i < _samples.Length; i++)
                    {
                        _samples[i] = millivolts;
                    }

                    _sampleCount = _samples.Length;
                }
                else
                {
                    _samples[_next] = millivolts;
                }

                _next = (_next + 1) % _samples.Length;
                int sum = 0;
                for (int i = 0; i < _samples.Length; i++)
                {
                    sum += _samples[i];
                }

                AverageMillivolts = sum / _samples.Length;
                Percent = _curve.PercentAt(AverageMillivolts);
                Report(first, timeMs);
            }
        }

        private void Report(bool first, long timeMs)
        {
            int change = Percent - _reportedPercent;
            bool atEnd = Percent != _reportedPercent && (Percent == 0 || Percent == 100);
            if (first || change >= ReportStepPercent || change <= -ReportStepPercent || atEnd)
            {
                _reportedPercent = Percent;
                _events.OnBatteryLevel(Percent, timeMs);
            }

            BatteryBand band = NextBand(Band, Percent);
            if (first || band != Band)
            {
                Band = band;
                _events.OnBatteryBand(band, Percent, timeMs);
            }
        }

        private BatteryBand NextBand(BatteryBand current, int percent)
        {
            if (percent <= _criticalPercent)
            {
                return BatteryBand.Critical;
            }

            if (current == BatteryBand.Critical && percent < _criticalPercent + BandHysteresisPercent)
            {
                return BatteryBand.Critical;
            }

            if (percent <= _lowPercent)
            {
                return BatteryBand.Low;
            }

            if (current != BatteryBand.Normal && percent < _lowPercent + BandHysteresisPercent)
            {
                return BatteryBand.Low;
            }

            return BatteryBand.Normal;
        }
    }
}
