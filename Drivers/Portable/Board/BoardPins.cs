namespace BwcFirmware.Drivers.Board
{
    /// <summary>
    /// The pins the firmware drives, read from a <see cref="BoardPinMap"/>. A function the board lacks is
    /// <see cref="BoardPinMap.NoPin"/> and the firmware runs with it off. Conflicts between pins are checked on
    /// the host (Tests/BwcFirmware.Tests/Hardware), not here.
    /// </summary>
    public sealed class BoardPins
    {
        /// <summary>Camera signals in the order the camera driver takes them (see <see cref="CameraKeys"/>).</summary>
        public static readonly string[] CameraKeys =
        {
            "camera.pwdn", "camera.reset", "camera.xclk", "camera.siod", "camera.sioc",
            "camera.d7", "camera.d6", "camera.d5", "camera.d4", "camera.d3", "camera.d2", "camera.d1", "camera.d0",
            "camera.vsync", "camera.href", "camera.pclk",
        };

        private BoardPins()
        {
        }

        /// <summary>Board name ("freenove-esp32s3-cam").</summary>
        public string Board { get; private set; }

        /// <summary>Chip family ("esp32", "esp32s3").</summary>
        public string Chip { get; private set; }

        /// <summary>Record button, active low.</summary>
        public int RecordButton { get; private set; }

        /// <summary>Function button, active low.</summary>
        public int FunctionButton { get; private set; }

        /// <summary>Holster reed switch, low while the weapon is holstered.</summary>
        public int Holster { get; private set; }

        /// <summary>Dock contact, high while docked.</summary>
        public int Dock { get; private set; }

        /// <summary>Charger status output, low while charging.</summary>
        public int ChargeSense { get; private set; }

        /// <summary>Card-detect switch, low while a card is in.</summary>
        public int CardDetect { get; private set; }

        /// <summary>Recording indicator LED, active high.</summary>
        public int RecordLed { get; private set; }

        /// <summary>Haptic motor driver input, active high.</summary>
        public int Haptic { get; private set; }

        /// <summary>PDM microphone clock.</summary>
        public int MicClock { get; private set; }

        /// <summary>PDM microphone data.</summary>
        public int MicData { get; private set; }

        /// <summary>ADC1 channel of the battery divider.</summary>
        public int BatteryAdcChannel { get; private set; }

        /// <summary>Upper resistor of the battery divider, kilo-ohms.</summary>
        public int DividerTopKiloOhms { get; private set; }

        /// <summary>Lower resistor of the battery divider, kilo-ohms.</summary>
        public int DividerBottomKiloOhms { get; private set; }

        /// <summary>Millivolts at the ADC pin for a full-scale reading (board calibration; 3100 when the file has none).</summary>
        public int AdcFullScaleMillivolts { get; private set; }

        /// <summary>SDMMC clock, command and data 0 pins (1-bit bus).</summary>
        public int SdClock { get; private set; }

        /// <summary>SDMMC command pin.</summary>
        public int SdCommand { get; private set; }

        /// <summary>SDMMC data 0 pin.</summary>
        public int SdData0 { get; private set; }

        /// <summary>Camera pins in <see cref="CameraKeys"/> order, <see cref="BoardPinMap.NoPin"/> where not wired.</summary>
        public int[] CameraPins { get; private set; }

        /// <summary>True when the board wires <paramref name="pin"/> (it is not <see cref="BoardPinMap.NoPin"/>).</summary>
        public static bool IsWired(int pin)
        {
            return pin != BoardPinMap.NoPin;
        }

        /// <summary>Reads every pin the firmware uses; null and a problem naming the key when one is missing or bad.</summary>
        public static BoardPins TryRead(BoardPinMap map, out string problem)
        {
            problem = null;
            BoardPins pins = new BoardPins();
            pins.Board = map.Text("board");
            pins.Chip = map.Text("chip");
            if (pins.Board == null || pins.Chip == null)
            {
                problem = "board and chip are required";
                return null;
            }

            string sdMode = map.Text("sd.mode");
            if (sdMode != "mmc1")
            {
                problem = "sd.mode: only mmc1 is supported";
                return null;
            }

            int[] values = new int[16];
            string[] keys =
            {
                "button.record", "button.function", "sensor.holster", "sensor.dock", "sensor.charge", "sensor.card_detect",
                "led.record", "haptic", "mic.clk", "mic.data", "battery.adc_channel", "battery.divider_top_kohm",
                "battery.divider_bottom_kohm", "sd.clk", "sd.cmd", "sd.d0",
            };
            for (int i = 0; i < keys.Length; i++)
            {
                bool isNumber = i >= 10 && i <= 12;
                if (isNumber ? !map.TryGetNumber(keys[i], out values[i]) : !map.TryGetPin(keys[i], out values[i]))
                {
                    problem = keys[i] + ": missing or not a number";
                    return null;
                }
            }

            pins.RecordButton = values[0];
            pins.FunctionButton = values[1];
            pins.Holster = values[2];
            pins.Dock = values[3];
            pins.ChargeSense = values[4];
            pins.CardDetect = values[5];
            pins.RecordLed = values[6];
            pins.Haptic = values[7];
            pins.MicClock = values[8];
            pins.MicData = values[9];
            pins.BatteryAdcChannel = values[10];
            pins.DividerTopKiloOhms = values[11];
            pins.DividerBottomKiloOhms = values[12];
            pins.SdClock = values[13];
            pins.SdCommand = values[14];
            pins.SdData0 = values[15];
            if (!IsWired(pins.RecordButton) || !IsWired(pins.BatteryAdcChannel) || pins.DividerBottomKiloOhms <= 0)
            {
                problem = "record button, battery channel and divider are required";
                return null;
            }

            int fullScale;
            pins.AdcFullScaleMillivolts = map.TryGetNumber("battery.adc_full_scale_mv", out fullScale) && fullScale > 0 ? fullScale : 3100;
            pins.CameraPins = new int[CameraKeys.Length];
            for (int i = 0; i < CameraKeys.Length; i++)
            {
                if (!map.TryGetPin(CameraKeys[i], out pins.CameraPins[i]))
                {
                    problem = CameraKeys[i] + ": missing or not a number";
                    return null;
                }
            }

            return pins;
        }
    }
}
