using System;
using System.Collections.Generic;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.Drivers.Host.NativeMedia
{
    /// <summary>
    /// Builds a <see cref="NativeFramePath"/> over the simulated camera at each card mount; disposing the factory
    /// releases every engine it built (a power cut leaves no chance to unmount).
    /// </summary>
    public sealed class NativeFramePathFactory : IFramePathFactory, IDisposable
    {
        private readonly IFrameSource _frames;
        private readonly List<NativeFramePath> _built = new();

        /// <summary>Engines fed by <paramref name="frames"/>.</summary>
        public NativeFramePathFactory(IFrameSource frames)
        {
            _frames = frames ?? throw new ArgumentNullException(nameof(frames));
        }

        /// <summary>Loads libnativemedia_host now: throws <see cref="InvalidOperationException"/> with one line saying why it cannot.</summary>
        public static void EnsureAvailable()
        {
            NativeMethods.EnsureLoaded();
        }

        /// <inheritdoc />
        public IFramePath Create(MediaSettings settings, ICardFileSystem card, IAudioSource audio)
        {
            var engine = new NativeFramePath(settings, card, _frames, audio);
            _built.Add(engine);
            return engine;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            foreach (NativeFramePath engine in _built)
            {
                engine.Dispose();
            }

            _built.Clear();
        }
    }
}
