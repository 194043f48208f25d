using System;
using System.Device.Gpio;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Esp32.Card;
using BwcFirmware.Drivers.Esp32.Gpio;
using BwcFirmware.Drivers.Esp32.Network;
using BwcFirmware.Drivers.Esp32.Power;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.Device
{
    /// <summary>
    /// Every adapter of the board, brought up from its pin map. A function the board does not wire stays null and
    /// the firmware runs without it; a camera or microphone that fails to start is reported, not fatal (the
    /// camera can still be docked, synced and diagnosed).
    /// </summary>
    public sealed class DeviceHardware
    {
        /// <summary>Edges waiting for the loop; 64 covers a burst of contact bounce on every input at once.</summary>
        public const int EdgeQueueCapacity = 64;

        /// <summary>The loop must kick the watchdog at least this often.</summary>
        public const int WatchdogTimeoutMs = 10000;

        /// <summary>The camera's entry, in the interop assembly only a custom image's deploy carries.</summary>
        public const string CameraStarterType = "BwcFirmware.Camera.CameraStarter, BwcFirmware.Camera";

        private DeviceHardware()
        {
        }

        /// <summary>The pin map everything was built from.</summary>
        public BoardPins Pins { get; private set; }

        /// <summary>Edges from every input, for the loop.</summary>
        public GpioEdgeQueue Edges { get; private set; }

        /// <summary>The input pins.</summary>
        public EdgeInputs Inputs { get; private set; }

        /// <summary>Recording LED, or null.</summary>
        public DigitalOutput RecordLed { get; private set; }

        /// <summary>Haptic motor, or null.</summary>
        public DigitalOutput Haptic { get; private set; }

        /// <summary>Battery voltage.</summary>
        public BatteryAdc Battery { get; private set; }

        /// <summary>The SD slot.</summary>
        public SdCardMount Card { get; private set; }

        /// <summary>
        /// The managed camera, or null: its native part is missing from the image, the sensor did not start, or the
        /// native media part owns the camera (<see cref="StartManagedMedia"/> not called).
        /// </summary>
        public IFrameSource Camera { get; private set; }

        /// <summary>The microphone, or null when the board has none.</summary>
        public IAudioSource Microphone { get; private set; }

        /// <summary>Wi-Fi and SNTP (used in the dock only).</summary>
        public WifiLink Wifi { get; private set; }

        /// <summary>The loop's watchdog.</summary>
        public LoopWatchdog Watchdog { get; private set; }

        /// <summary>Light sleep while idle.</summary>
        public IdleSleep Sleep { get; private set; }

        /// <summary>Brings up the board; <paramref name="report"/> receives one line per problem.</summary>
        public static DeviceHardware Start(BoardPins pins, StartupReport report)
        {
            // A power-down that restarted to clear the nap's wake sources ends here, before anything arms one.
            IdleSleep.FinishPowerDown(IdleSleep.DefaultPowerDownMarker, pins.Dock);

            DeviceHardware hardware = new DeviceHardware();
            hardware.Pins = pins;
            hardware.Edges = new GpioEdgeQueue(EdgeQueueCapacity);
            GpioController gpio = new GpioController();
            hardware.Inputs = new EdgeInputs(gpio, hardware.Edges, 6);

            // The record button's press timing belongs to the gesture logic: no native debounce on it.
            hardware.Inputs.Open(pins.RecordButton, true, 0);
            OpenIfWired(hardware.Inputs, pins.FunctionButton, true, 0);
            OpenIfWired(hardware.Inputs, pins.Holster, true, 5);
            OpenIfWired(hardware.Inputs, pins.Dock, false, 5);
            OpenIfWired(hardware.Inputs, pins.ChargeSense, true, 5);

            // The card-detect switch belongs to SDCard, which reserves its pin (a second reservation throws) and
            // reports it by event; the slot posts those to the same edge queue.

            hardware.RecordLed = BoardPins.IsWired(pins.RecordLed) ? new DigitalOutput(gpio, pins.RecordLed) : null;
            hardware.Haptic = BoardPins.IsWired(pins.Haptic) ? new DigitalOutput(gpio, pins.Haptic) : null;
            hardware.Battery = new BatteryAdc(pins.BatteryAdcChannel, pins.DividerTopKiloOhms, pins.DividerBottomKiloOhms, pins.AdcFullScaleMillivolts);
            hardware.Card = new SdCardMount(pins, hardware.Edges);
            WifiRadio radio = SettleRadio(hardware.Inputs, pins, report);
            hardware.Wifi = new WifiLink(radio);
            hardware.Watchdog = new LoopWatchdog(WatchdogTimeoutMs);
            hardware.Sleep = new IdleSleep(pins.RecordButton, pins.Dock, hardware.Inputs, radio, IdleSleep.DefaultPowerDownMarker);

            return hardware;
        }

        /// <summary>
        /// The managed media sources, for an image without the native media part (Program asks NativeMediaLink
        /// first): the camera interop if deployed, and no microphone. <paramref name="report"/> says what is missing.
        /// </summary>
        public void StartManagedMedia(StartupReport report)
        {
            Camera = StartCamera(Pins, report);
            Microphone = NoMicrophone(Pins, report);
        }

        /// <summary>
        /// The camera, found by name: the app's deploy set leaves its interop assembly out so that the app deploys and
        /// runs on a stock image (nf-Visual-Studio-extension DeployProvider.cs:487-513 refuses a .pe whose native
        /// methods the image lacks). A custom image's deploy adds it (hardware/flashing.md). Null without it.
        /// </summary>
        private static IFrameSource StartCamera(BoardPins pins, StartupReport report)
        {
            Type starter = Type.GetType(CameraStarterType);
            if (starter == null)
            {
                report.Problem("camera: BwcFirmware.Camera not deployed (stock image); running without video");
                return null;
            }

            try
            {
                return (IFrameSource)starter.GetMethod("Start").Invoke(null, new object[] { pins.CameraPins });
            }
            catch (Exception exception)
            {
                report.Problem("camera: " + exception.Message);
                return null;
            }
        }

        /// <summary>
        /// No managed microphone: nanoFramework's I2S cannot capture PDM (the ESP32 native I2sDevice connects the data
        /// pin only for MASTER|RX exactly, nf-interpreter targets/ESP32/_nanoCLR/System.Device.I2s/
        /// sys_dev_i2s_native_System_Device_I2s_I2sDevice.cpp:339-346) and every Read blocks the whole interpreter in
        /// i2s_read with portMAX_DELAY (:425-430), loop and watchdog included. Audio comes from the native media path
        /// when an image has it; until then clips are video-only and the start-up report says so.
        /// </summary>
        private static IAudioSource NoMicrophone(BoardPins pins, StartupReport report)
        {
            report.Problem(BoardPins.IsWired(pins.MicClock) && BoardPins.IsWired(pins.MicData)
                ? "microphone: no native audio path in this image; clips are video-only"
                : "microphone: none on this board; clips are video-only");
            return null;
        }

        /// <summary>
        /// The Wi-Fi driver runs only when the camera starts in its dock: the stored station configuration says so
        /// for the next start (no credentials, no auto-connect), and a start that got it wrong restarts once, before
        /// anything else runs.
        /// </summary>
        private static WifiRadio SettleRadio(EdgeInputs inputs, BoardPins pins, StartupReport report)
        {
            WifiRadio radio = new WifiRadio();
            bool docked = BoardPins.IsWired(pins.Dock) && inputs.ReadLevel(pins.Dock);
            if (radio.StoreForNextStart(docked))
            {
                report.Note(docked ? "wifi: docked, restarting with the radio on" : "wifi: undocked, restarting with the radio off");
                radio.Restart();
            }

            return radio;
        }

        private static void OpenIfWired(EdgeInputs inputs, int pin, bool pullUp, int nativeDebounceMs)
        {
            if (BoardPins.IsWired(pin))
            {
                inputs.Open(pin, pullUp, nativeDebounceMs);
            }
        }
    }
}
