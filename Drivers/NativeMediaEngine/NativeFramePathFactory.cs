using System;
using BwcFirmware.NativeMedia;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Loop;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.NativeMediaEngine
{
    /// <summary>
    /// The device's engine choice (<see cref="IFramePathFactory"/>): at each card mount it (re)starts the native
    /// media part in that mount's format (the card's config sets chunk length and flush interval) and hands the
    /// store a <see cref="NativeFramePath"/> over it. When the native part does not start (the camera or the
    /// microphone driver refused), the mount records with the managed engine over the fallback frame source and
    /// the log says why in one line.
    /// </summary>
    public sealed class NativeFramePathFactory : IFramePathFactory
    {
        private readonly string _cardRoot;
        private readonly int[] _cameraPins;
        private readonly bool _microphone;
        private readonly int _micClock;
        private readonly int _micData;
        private readonly IFrameSource _fallbackFrames;
        private readonly IFileHasher _fallbackHasher;
        private readonly IStartupLog _log;
        private NativeMediaRecorder _recorder;

        /// <summary>
        /// The native part writes under <paramref name="cardRoot"/> ("/D"), the camera on <paramref name="cameraPins"/>
        /// (BoardPins.CameraPins order), the PDM microphone on <paramref name="micClock"/>/<paramref name="micData"/>
        /// when <paramref name="microphone"/>. The fallbacks build the managed engine if it cannot start.
        /// </summary>
        public NativeFramePathFactory(string cardRoot, int[] cameraPins, bool microphone, int micClock, int micData,
            IFrameSource fallbackFrames, IFileHasher fallbackHasher, IStartupLog log)
        {
            if (cardRoot == null || cameraPins == null || fallbackFrames == null || log == null)
            {
                throw new ArgumentNullException();
            }

            _cardRoot = cardRoot;
            _cameraPins = cameraPins;
            _microphone = microphone;
            _micClock = micClock;
            _micData = micData;
            _fallbackFrames = fallbackFrames;
            _fallbackHasher = fallbackHasher;
            _log = log;
        }

        /// <inheritdoc />
        public IFramePath Create(MediaSettings settings, ICardFileSystem card, IAudioSource audio)
        {
            if (_recorder != null)
            {
                _recorder.Stop();
                _recorder = null;
            }

            bool withMicrophone = _microphone && settings.RecordAudio;
            try
            {
                _recorder = NativeMediaStarter.StartRecorder(_cardRoot, settings, _cameraPins, withMicrophone, _micClock, _micData);
            }
            catch (InvalidOperationException exception)
            {
                _log.Problem("native media: " + exception.Message + "; recording with the managed engine, without video or audio");
                return new ManagedFramePath(settings, card, _fallbackFrames, null, _fallbackHasher);
            }

            int rate = withMicrophone ? NativeMediaStarter.AudioRateHz : 0;
            long maxChunkBytes = settings.MaxChunkBytes(NativeMediaStarter.MaxJpegBytes(settings.FrameWidth, settings.FrameHeight), rate);
            return new NativeFramePath(new InteropPort(_recorder), maxChunkBytes);
        }
    }
}
