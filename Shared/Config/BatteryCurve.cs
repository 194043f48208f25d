namespace BwcFirmware.Shared.Config
{
    /// <summary>
    /// Battery voltage (millivolts at the ADC, after the divider is accounted for) to charge percent, as a
    /// piecewise-linear curve through a few measured points. The default fits a single Li-ion cell at the low
    /// currents a camera draws; a department with another cell measures its own and sets battery_curve.
    /// </summary>
    public sealed class BatteryCurve
    {
        private readonly int[] _millivolts;
        private readonly int[] _percent;

        /// <summary>
        /// Creates a curve from points sorted by rising millivolts with non-decreasing percent (0-100).
        /// Use <see cref="TryCreate"/> for input that may be wrong.
        /// </summary>
        private BatteryCurve(int[] millivolts, int[] percent)
        {
            _millivolts = millivolts;
            _percent = percent;
        }

        /// <summary>A single Li-ion cell: 3300 mV empty, 4150 mV full.</summary>
        public static BatteryCurve Default
        {
            get
            {
                return new BatteryCurve(
                    new int[] { 3300, 3450, 3600, 3700, 3750, 3800, 3900, 4000, 4150 },
                    new int[] { 0, 5, 15, 30, 45, 60, 75, 88, 100 });
            }
        }

        /// <summary>How many points the curve has.</summary>
        public int PointCount
        {
            get { return _millivolts.Length; }
        }

        /// <summary>The millivolts of point <paramref name="index"/>.</summary>
        public int MillivoltsAt(int index)
        {
            return _millivolts[index];
        }

        /// <summary>The percent of point <paramref name="index"/>.</summary>
        public int PercentOfPoint(int index)
        {
            return _percent[index];
        }

        /// <summary>
        /// Builds a curve from copies of the arrays, or gives null and a short reason: at least 2 points, millivolts
        /// strictly rising within 1000-10000, percent 0-100 and never falling.
        /// </summary>
        public static BatteryCurve TryCreate(int[] millivolts, int[] percent, out string problem)
        {
            problem = null;
            if (millivolts == null || percent == null || millivolts.Length != percent.Length || millivolts.Length < 2)
            {
                problem = "needs at least 2 mV:percent points";
                return null;
            }

            for (int i = 0; i < millivolts.Length; i++)
            {
                if (millivolts[i] < 1000 || millivolts[i] > 10000)
                {
                    problem = "millivolts must be 1000-10000";
                    return null;
                }

                if (percent[i] < 0 || percent[i] > 100)
                {
                    problem = "percent must be 0-100";
                    return null;
                }

                if (i > 0 && (millivolts[i] <= millivolts[i - 1] || percent[i] < percent[i - 1]))
                {
                    problem = "points must rise in mV and never fall in percent";
                    return null;
                }
            }

            int[] mv = new int[millivolts.Length];
            int[] pc = new int[percent.Length];
            System.Array.Copy(millivolts, mv, mv.Length);
            System.Array.Copy(percent, pc, pc.Length);
            return new BatteryCurve(mv, pc);
        }

        /// <summary>
        /// Parses "3300:0, 3600:15, 4150:100" (mV:percent pairs separated by commas); null and a reason on bad text.
        /// </summary>
        public static BatteryCurve TryParse(string text, out string problem)
        {
            if (text == null || text.Trim().Length == 0)
            {
                problem = "empty curve";
                return null;
            }

            string[] pairs = text.Split(',');
            int[] mv = new int[pairs.Length];
            int[] pc = new int[pairs.Length];
            for (int i = 0; i < pairs.Length; i++)
            {
                string pair = pairs[i].Trim();
                int colon = pair.IndexOf(':');
                if (colon <= 0 || colon == pair.Length - 1
                    || !int.TryParse(pair.Substring(0, colon).Trim(), out mv[i])
                    || !int.TryParse(pair.Substring(colon + 1).Trim(), out pc[i]))
                {
                    problem = "expected mV:percent pairs separated by commas";
                    return null;
                }
            }

            return TryCreate(mv, pc, out problem);
        }

        /// <summary>The charge in percent (0-100) at <paramref name="millivolts"/>, clamped at both ends.</summary>
        public int PercentAt(int millivolts)
        {
            int last = _millivolts.Length - 1;
            if (millivolts <= _millivolts[0])
            {
                return _percent[0];
            }

            if (millivolts >= _millivolts[last])
            {
                return _percent[last];
            }

            int i = 1;
            while (millivolts > _millivolts[i])
            {
                i++;
            }

            // Integer interpolation, rounded to nearest; spans are at most 9000 mV x 100 %, far from overflow.
            int spanMv = _millivolts[i] - _millivolts[i - 1];
            int spanPercent = _percent[i] - _percent[i - 1];
            int offsetMv = millivolts - _millivolts[i - 1];
            return _percent[i - 1] + ((offsetMv * spanPercent) + (spanMv / 2)) / spanMv;
        }

        /// <summary>The curve in config form, "3300:0,3450:5,...".</summary>
        public override string ToString()
        {
            string text = string.Empty;
            for (int i = 0; i < _millivolts.Length; i++)
            {
                text += (i == 0 ? string.Empty : ",") + _millivolts[i].ToString() + ":" + _percent[i].ToString();
            }

            return text;
        }
    }
}
