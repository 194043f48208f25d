using BwcFirmware.Drivers.Board;

namespace BwcFirmware.Tests.Hardware;

/// <summary>
/// What a board file must satisfy before firmware drives its pins: every function on its own pin, none on a
/// camera, SD, flash, PSRAM or otherwise reserved pin, outputs on pins that can drive, the battery on ADC1.
/// Returns every problem found, each naming the key and pin.
/// </summary>
internal static class PinMapRules
{
    /// <summary>Keys of the pins the firmware drives or reads for its own functions.</summary>
    public static readonly string[] FunctionKeys =
    [
        "button.record", "button.function", "sensor.holster", "sensor.dock", "sensor.charge",
        "sensor.card_detect", "battery.gpio", "led.record", "haptic", "mic.clk", "mic.data",
    ];

    /// <summary>Function keys that drive their pin.</summary>
    public static readonly string[] OutputKeys = ["led.record", "haptic", "mic.clk"];

    /// <summary>Function keys that wake the chip from sleep (record: light sleep; dock: deep sleep after a critical battery).</summary>
    public static readonly string[] WakeKeys = ["button.record", "sensor.dock"];

    /// <summary>Groups of pins owned by on-board parts.</summary>
    public static readonly string[] OwnedPrefixes = ["camera.", "sd.", "reserved."];

    public static List<string> Check(BoardPinMap map)
    {
        var problems = new List<string>();
        EspChip? chip = EspChip.Find(map.Text("chip"));
        if (chip is null)
        {
            problems.Add($"chip: unknown '{map.Text("chip")}'");
            return problems;
        }

        // pin -> the key that claimed it first
        var owner = new Dictionary<int, string>();
        void Claim(string key, int pin)
        {
            if (!chip.Gpios.Contains(pin))
            {
                problems.Add($"{key}: GPIO{pin} does not exist on {chip.Name}");
            }

            if (owner.TryGetValue(pin, out string? first))
            {
                problems.Add($"{key}: GPIO{pin} already used by {first}");
            }
            else
            {
                owner[pin] = key;
            }
        }

        foreach (string key in map.Keys.Where(k => OwnedPrefixes.Any(k.StartsWith) && k != "sd.mode"))
        {
            if (map.TryGetPins(key, out int[] pins))
            {
                foreach (int pin in pins)
                {
                    Claim(key, pin);
                }
            }
            else
            {
                problems.Add($"{key}: not a pin list");
            }
        }

        foreach (string key in FunctionKeys)
        {
            if (!map.TryGetPin(key, out int pin))
            {
                problems.Add($"{key}: missing or not a pin");
                continue;
            }

            if (pin == BoardPinMap.NoPin)
            {
                continue;
            }

            Claim(key, pin);
            if (OutputKeys.Contains(key) && chip.InputOnly.Contains(pin))
            {
                problems.Add($"{key}: GPIO{pin} is input only on {chip.Name}");
            }

            if (WakeKeys.Contains(key) && !chip.RtcGpios.Contains(pin))
            {
                problems.Add($"{key}: GPIO{pin} is not an RTC GPIO on {chip.Name}, so it cannot wake the chip");
            }
        }

        CheckBattery(map, chip, problems);
        return problems;
    }

    private static void CheckBattery(BoardPinMap map, EspChip chip, List<string> problems)
    {
        if (!map.TryGetPin("battery.gpio", out int gpio) || gpio == BoardPinMap.NoPin)
        {
            problems.Add("battery.gpio: every board measures its battery");
            return;
        }

        int channel = Array.IndexOf(chip.Adc1ByChannel, gpio);
        if (channel < 0)
        {
            problems.Add($"battery.gpio: GPIO{gpio} is not an ADC1 pin on {chip.Name} (ADC2 stops while Wi-Fi runs)");
            return;
        }

        string? configured = map.Text("battery.adc_channel");
        if (configured != channel.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            problems.Add($"battery.adc_channel: GPIO{gpio} is ADC1 channel {channel}, the file says '{configured}'");
        }
    }
}
