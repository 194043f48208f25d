using System;
using System.Runtime.CompilerServices;

namespace BwcFirmware.NativeMedia
{
    /// <summary>
    /// The native media path as the managed engine commands it (README.md). Camera frames and microphone PCM go
    /// from their drivers to the card inside the image's C code (Drivers/NativeMedia); managed code only sends
    /// what happens once per segment or chunk, each stamped with the loop's time, and takes the chunk events.
    /// Frames captured at or before a command's time belong to the state before it, as in the managed engine.
    /// Nothing per frame crosses into managed code and nothing here allocates after construction.
    /// </summary>
    public sealed class NativeMediaRecorder
    {
        private const int EventNumbers = 8;

        // NativeTakeEvent's kinds (bwc_media_service.h, BWC_EVENT_*).
        private const int OpenedEvent = 0;
        private const int ClosedEvent = 1;

        private readonly long[] _numbers = new long[EventNumbers];

        // A command's time goes in an array: MetadataProcessor's marshalling of an int64 argument does not compile
        // on 64-bit Linux (int64_t is long there, nanoCLR's Interop_Marshal_INT64 takes long long); an array does.
        private readonly long[] _time = new long[1];

        private NativeMediaRecorder()
        {
        }

        /// <summary>
        /// The native library's version, or null when the image has no native media part (a stock nanoCLR image,
        /// or one built without this assembly); <paramref name="reason"/> then says so in one line.
        /// </summary>
        public static string Detect(out string reason)
        {
            try
            {
                reason = string.Empty;
                return NativeVersion();
            }
            catch (NotSupportedException)
            {
                reason = "no native media in this image";
                return null;
            }
        }

        /// <summary>
        /// Starts the native path writing under the card's mount point <paramref name="cardRoot"/> ("/sdcard" on
        /// the ESP32); throws <see cref="InvalidOperationException"/> with the native result's name when it cannot.
        /// </summary>
        public static NativeMediaRecorder Start(string cardRoot, NativeMediaConfig config)
        {
            if (cardRoot == null || config == null)
            {
                throw new ArgumentNullException();
            }

            Check("start", NativeStart(cardRoot, config.ToArray()));
            return new NativeMediaRecorder();
        }

        /// <summary>The name of an nm_result ("ok", "card-full", ...).</summary>
        public static string ResultName(int result)
        {
            return NativeResultName(result);
        }

        /// <summary>
        /// Starts the camera feeding the path: the pins in BoardPins.CameraPins order, esp32-camera's framesize_t,
        /// JPEG quality (0-63, lower is better) and PSRAM frame buffers. Returns esp_err_t (0 = ESP_OK).
        /// </summary>
        public int StartCamera(int[] pins, int xclkHz, int frameSize, int jpegQuality, int frameBufferCount)
        {
            return NativeStartCamera(pins, xclkHz, frameSize, jpegQuality, frameBufferCount);
        }

        /// <summary>Starts the PDM microphone feeding the path (I2S PDM RX, its own task). Returns esp_err_t.</summary>
        public int StartMicrophone(int clockPin, int dataPin, int sampleRateHz)
        {
            return NativeStartMicrophone(clockPin, dataPin, sampleRateHz);
        }

        /// <summary>
        /// From <paramref name="nowMs"/> on, frames go to <paramref name="directory"/>/NNNNNN.avi, numbered from
        /// <paramref name="firstSequence"/>, with audio when <paramref name="withAudio"/>. No chunk may be open.
        /// </summary>
        public void Begin(long nowMs, string directory, int firstSequence, bool withAudio)
        {
            Check("begin", NativeBegin(At(nowMs), directory, firstSequence, withAudio));
        }

        /// <summary>Privacy mute from <paramref name="nowMs"/> on: audio captured after it is written as silence.</summary>
        public void SetMuted(long nowMs, bool muted)
        {
            Check("mute", NativeSetMuted(At(nowMs), muted));
        }

        /// <summary>
        /// Closes the open chunk at <paramref name="nowMs"/> (a seam); with <paramref name="endSegment"/> frames
        /// after it are not recorded until the next <see cref="Begin"/>.
        /// </summary>
        public void CloseChunk(long nowMs, bool endSegment)
        {
            Check("close", NativeCloseChunk(At(nowMs), endSegment));
        }

        /// <summary>Completes the hash of the chunk closed last; it is then ready to take.</summary>
        public void Settle(long nowMs)
        {
            Check("settle", NativeSettle(At(nowMs)));
        }

        /// <summary>
        /// Gives up the open chunk and the pending hash at <paramref name="nowMs"/> (a fault the managed side met
        /// itself): the files stay as the card has them; nothing is recorded until the next <see cref="Begin"/>.
        /// No event follows.
        /// </summary>
        public void Abandon(long nowMs)
        {
            Check("abandon", NativeAbandon(At(nowMs)));
        }

        /// <summary>
        /// Lets the native path catch up to <paramref name="nowMs"/> (the loop calls it every pass); returns the
        /// closed chunks waiting to be taken.
        /// </summary>
        public int Poll(long nowMs)
        {
            return NativePoll(At(nowMs));
        }

        /// <summary>
        /// Takes the oldest event into <paramref name="chunk"/>: a chunk just opened (its first frame; for the
        /// manifest's "chunk-open" line), closed and hashed (<see cref="NativeChunk.Closed"/>), or a card fault that
        /// stopped the segment (<see cref="NativeChunk.Fault"/> not 0); false when none.
        /// </summary>
        public bool TryTakeEvent(NativeChunk chunk)
        {
            string path = NativeTakeEvent(_numbers, chunk.Sha256);
            if (path == null || path.Length == 0)
            {
                return false;
            }

            chunk.Path = path;
            chunk.Bytes = _numbers[0];
            chunk.Frames = (int)_numbers[1];
            chunk.TimelineFrames = (int)_numbers[2];
            chunk.AudioBytes = _numbers[3];
            chunk.FirstFrameMs = _numbers[4];
            chunk.LastFrameMs = _numbers[5];
            chunk.Closed = _numbers[6] == ClosedEvent;
            chunk.Fault = _numbers[6] == OpenedEvent || _numbers[6] == ClosedEvent ? 0 : (int)_numbers[7];
            return true;
        }

        /// <summary>Fills <paramref name="status"/> with the path's state and counters.</summary>
        public void ReadStatus(NativeMediaStatus status)
        {
            NativeStatus(status.Values);
        }

        /// <summary>Stops the sources, closes what is open (as at a seam) and releases the native path.</summary>
        public void Stop()
        {
            NativeStop();
        }

        private long[] At(long nowMs)
        {
            _time[0] = nowMs;
            return _time;
        }

        private static void Check(string command, int result)
        {
            if (result != 0)
            {
                throw new InvalidOperationException("native media " + command + ": " + NativeResultName(result));
            }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string NativeVersion();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string NativeResultName(int result);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeStart(string cardRoot, int[] config);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeStartCamera(int[] pins, int xclkHz, int frameSize, int jpegQuality, int frameBufferCount);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeStartMicrophone(int clockPin, int dataPin, int sampleRateHz);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeBegin(long[] nowMs, string directory, int firstSequence, bool withAudio);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeSetMuted(long[] nowMs, bool muted);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeCloseChunk(long[] nowMs, bool endSegment);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeSettle(long[] nowMs);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeAbandon(long[] nowMs);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativePoll(long[] nowMs);

        /// <summary>numbers: bytes, frames, timeline frames, audio bytes, first ms, last ms, kind (0 opened, 1 closed, 2 faulted), a fault's nm_result; returns the path or "".</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string NativeTakeEvent(long[] numbers, byte[] sha256);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void NativeStatus(int[] status);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void NativeStop();
    }
}
