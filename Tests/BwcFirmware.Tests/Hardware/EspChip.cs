namespace BwcFirmware.Tests.Hardware;

/// <summary>
/// Pin facts of the ESP32 chips the boards use, from Espressif's datasheets (GPIO matrix, ADC channel tables)
/// and ESP-IDF's soc/adc_channel.h. nanoFramework's AdcController numbers ADC1 channels as ESP-IDF does
/// (nf-interpreter: channels below SOC_ADC_MAX_CHANNEL_NUM are ADC1).
/// </summary>
internal sealed class EspChip
{
    private EspChip(string name, int[] gpios, int[] inputOnly, int[] adc1ByChannel, int[] rtcGpios)
    {
        Name = name;
        Gpios = gpios;
        InputOnly = inputOnly;
        Adc1ByChannel = adc1ByChannel;
        RtcGpios = rtcGpios;
    }

    public string Name { get; }

    /// <summary>GPIO numbers that exist on the chip.</summary>
    public int[] Gpios { get; }

    /// <summary>GPIOs without an output driver.</summary>
    public int[] InputOnly { get; }

    /// <summary>The GPIO of ADC1 channel i.</summary>
    public int[] Adc1ByChannel { get; }

    /// <summary>GPIOs the RTC domain can watch: the only sleep wake-up sources (nanoFramework's Sleep.EnableWakeupByPin).</summary>
    public int[] RtcGpios { get; }

    /// <summary>
    /// ESP32 (D0WD): GPIO 0-39 without 20, 24, 28-31; 34-39 input only; ADC1 ch0-7 = 36,37,38,39,32,33,34,35;
    /// RTC GPIOs 0, 2, 4, 12-15, 25-27, 32-39.
    /// </summary>
    public static readonly EspChip Esp32 = new(
        "esp32",
        Enumerable.Range(0, 40).Where(g => g != 20 && g != 24 && (g < 28 || g > 31)).ToArray(),
        [34, 35, 36, 37, 38, 39],
        [36, 37, 38, 39, 32, 33, 34, 35],
        [0, 2, 4, 12, 13, 14, 15, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39]);

    /// <summary>ESP32-S3: GPIO 0-21 and 26-48, all bidirectional; ADC1 ch0-9 = GPIO1-10; RTC GPIOs 0-21.</summary>
    public static readonly EspChip Esp32S3 = new(
        "esp32s3",
        Enumerable.Range(0, 22).Concat(Enumerable.Range(26, 23)).ToArray(),
        [],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        Enumerable.Range(0, 22).ToArray());

    public static EspChip? Find(string? name) => name switch
    {
        "esp32" => Esp32,
        "esp32s3" => Esp32S3,
        _ => null,
    };
}
