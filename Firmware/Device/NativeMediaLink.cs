using System;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.Device
{
    /// <summary>
    /// Finds the native media engine (Drivers/NativeMediaEngine) by name at start-up. The app references neither it
    /// nor the interop assembly under it: a .pe with native methods does not deploy onto an image without them
    /// (nf-Visual-Studio-extension DeployProvider.cs:487-513), and the app must run on a stock image too. The native
    /// media image's deploy adds both (-p:NativeMediaImage=true, hardware/flashing.md).
    /// </summary>
    public static class NativeMediaLink
    {
        /// <summary>The engine's entry, in an assembly only the native media image's deploy carries.</summary>
        public const string StarterType = "BwcFirmware.NativeMediaEngine.NativeMediaStarter, BwcFirmware.NativeMediaEngine";

        /// <summary>
        /// Where ESP-IDF's VFS mounts nanoFramework's D: (nf-interpreter targets/ESP32/_common/
        /// Target_System_IO_FileSystem.c:96-100 turns "D:" into "/D"): the native side's card root.
        /// </summary>
        public const string CardVfsRoot = "/D";

        /// <summary>
        /// The engine factory for the agent when the image has the native media part (camera, microphone and chunk
        /// writing in C), or null; either way <paramref name="report"/> gets one line saying which engine records and,
        /// without the native part, what the app runs without. <paramref name="fallbackFrames"/> and
        /// <paramref name="fallbackHasher"/> serve a mount whose native start fails.
        /// </summary>
        public static IFramePathFactory TryStart(BoardPins pins, IFrameSource fallbackFrames, IFileHasher fallbackHasher, StartupReport report)
        {
            Type starter = Type.GetType(StarterType);
            if (starter == null)
            {
                report.Problem("native media: not deployed (stock image); managed engine, without native camera, microphone or hashing");
                return null;
            }

            bool microphone = BoardPins.IsWired(pins.MicClock) && BoardPins.IsWired(pins.MicData);
            try
            {
                return (IFramePathFactory)starter.GetMethod("Start").Invoke(null, new object[]
                {
                    CardVfsRoot, pins.CameraPins, microphone, pins.MicClock, pins.MicData, fallbackFrames, fallbackHasher, report,
                });
            }
            catch (Exception exception)
            {
                Exception cause = exception.InnerException != null ? exception.InnerException : exception;
                report.Problem("native media: " + cause.Message + "; managed engine, without native camera, microphone or hashing");
                return null;
            }
        }
    }
}
