using System;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Avi;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// The reference <see cref="IFramePath"/>, portable: pulls frames and PCM from its sources in
    /// <see cref="Pump"/> and writes the chunks itself through <see cref="AviChunkWriter"/>; closed chunks are
    /// hashed by an <see cref="IFileHasher"/> while the next one is written. Every buffer is allocated here, once:
    /// the frame path allocates nothing, and each frame buffer goes to the card in one write.
    /// </summary>
    public sealed class ManagedFramePath : IFramePath
    {
        // Read-back size of the default sliced chunk hasher.
        private const int HashSliceBytes = 16384;

        private readonly ICardFileSystem _card;
        private readonly IFrameSource _frames;
        private readonly IAudioSource _audio;
        private readonly long _chunkMs;
        private readonly long _flushIntervalMs;
        private readonly long _maxChunkBytes;
        private readonly byte[] _frame;
        private readonly byte[] _samples;
        private readonly AviChunkWriter _videoWriter;
        private readonly AviChunkWriter _audioVideoWriter;
        private readonly OpenChunk _chunk = new OpenChunk();
        private readonly PendingChunkHash _pendingHash;
        private readonly ChunkRecord[] _records = new ChunkRecord[] { new ChunkRecord { Sha256 = new byte[32] }, new ChunkRecord { Sha256 = new byte[32] } };
        private readonly FramePathEventQueue _events = new FramePathEventQueue();

        private bool _segment;
        private bool _segmentAudio;
        private bool _muted;
        private string _directory;
        private int _nextSequence;
        private int _nextRecord;

        /// <summary>
        /// An engine writing to <paramref name="card"/> (the raw card: the store accounts per chunk) in the format
        /// <paramref name="settings"/> declare, from <paramref name="frames"/> and <paramref name="audio"/> (null:
        /// no microphone). <paramref name="chunkHasher"/> takes closed chunks' hashes (slices on this thread, or a
        /// worker); its SHA-256 must be its own. Null: slices of a portable SHA-256 over <paramref name="card"/>.
        /// </summary>
        public ManagedFramePath(MediaSettings settings, ICardFileSystem card, IFrameSource frames, IAudioSource audio, IFileHasher chunkHasher)
        {
            if (settings == null || card == null || frames == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            settings.Validate();
            _card = card;
            _frames = frames;
            _audio = audio;
            _chunkMs = settings.ChunkMs;
            _flushIntervalMs = settings.FlushIntervalMs;
            _maxChunkBytes = settings.MaxChunkBytes(frames.MaxFrameBytes, audio == null ? 0 : audio.SampleRateHz);
            _frame = new byte[frames.MaxFrameBytes];
            _samples = new byte[settings.MaxAudioChunkBytes];
            _pendingHash = new PendingChunkHash(chunkHasher ?? new SlicedFileHasher(card, new Sha256(), HashSliceBytes));
            var video = new AviFormat(settings.FrameWidth, settings.FrameHeight, settings.FramesPerSecond, settings.MaxFramesPerChunk, frames.MaxFrameBytes);
            _videoWriter = new AviChunkWriter(video);
            if (audio != null)
            {
                AviFormat audioVideo = new AviFormat(settings.FrameWidth, settings.FrameHeight, settings.FramesPerSecond, settings.MaxFramesPerChunk, frames.MaxFrameBytes)
                    .WithAudio(audio.SampleRateHz, settings.MaxAudioChunksPerChunk, settings.MaxAudioChunkBytes);
                _audioVideoWriter = new AviChunkWriter(audioVideo);
            }
        }

        /// <inheritdoc />
        public long MaxChunkBytes => _maxChunkBytes;

        /// <inheritdoc />
        public void Attach(IFramePathEvents events)
        {
            _events.Attach(events);
        }

        /// <inheritdoc />
        public void Pump(long nowMs)
        {
            int length;
            long captureMs;
            while (_frames.TryReadFrame(nowMs, _frame, out length, out captureMs))
            {
                if (!_segment)
                {
                    DropAudio(captureMs);
                    continue;
                }

                try
                {
                    WriteFrame(length, captureMs);
                }
                catch (CardException fault)
                {
                    Fault(captureMs, fault);
                }

                _events.Deliver();
            }
        }

        /// <inheritdoc />
        public void Begin(long nowMs, string directory, int firstSequence, bool withAudio)
        {
            if (_chunk.IsOpen || directory == null)
            {
                throw new InvalidOperationException("frame path: chunk open");
            }

            _directory = directory;
            _nextSequence = firstSequence;
            _segmentAudio = withAudio && _audioVideoWriter != null;
            _segment = true;
        }

        /// <inheritdoc />
        public void SetMuted(long nowMs, bool muted)
        {
            // Samples captured before the switch keep the old state: mute exactly at nowMs, not a frame later.
            try
            {
                MoveAudio(nowMs);
            }
            catch (CardException fault)
            {
                Fault(nowMs, fault);
            }

            _muted = muted;
            _events.Deliver();
        }

        /// <inheritdoc />
        public void CloseChunk(long nowMs, bool endSegment)
        {
            try
            {
                if (_chunk.IsOpen)
                {
                    CloseOpenChunk();
                }
            }
            catch (CardException fault)
            {
                Fault(nowMs, fault);
            }

            _segment = _segment && !endSegment;
            _events.Deliver();
        }

        /// <inheritdoc />
        public void Settle(long nowMs)
        {
            try
            {
                SettleChunkHash();
            }
            catch (CardException fault)
            {
                Fault(nowMs, fault);
            }

            _events.Deliver();
        }

        /// <inheritdoc />
        public void Abandon(long nowMs)
        {
            _pendingHash.Drop();
            _chunk.Abandon();
            _segment = false;
        }

        private void WriteFrame(int length, long captureMs)
        {
            if (_chunk.IsOpen && (captureMs - _chunk.FirstFrameMs >= _chunkMs || !_chunk.CanTakeFrame))
            {
                CloseOpenChunk();
            }

            if (!_chunk.IsOpen)
            {
                string name = CardLayout.Sequence(_nextSequence) + CardLayout.ChunkExtension;
                _chunk.Open(_card, _segmentAudio ? _audioVideoWriter : _videoWriter, _directory + "/" + name, name, captureMs);
                _nextSequence++;
                _events.ChunkOpened(name, captureMs);
            }

            long before = _chunk.Length;
            MoveAudio(captureMs);
            _chunk.WriteFrame(_frame, length, captureMs);
            _chunk.FlushIfDue(captureMs, _flushIntervalMs);

            // Hash the last chunk twice as fast as this one grows, so it is done well before it is settled.
            if (_pendingHash.IsPending)
            {
                _pendingHash.Advance(2 * (_chunk.Length - before));
            }
        }

        /// <summary>Settles the chunk waiting for its hash (the fixed point), then closes the open one and starts its hash.</summary>
        private void CloseOpenChunk()
        {
            SettleChunkHash();
            ChunkRecord record = _records[_nextRecord];
            _nextRecord = 1 - _nextRecord;
            string path = _chunk.Path;
            _chunk.Close(record);
            _pendingHash.Start(path, record);
        }

        private void SettleChunkHash()
        {
            if (!_pendingHash.IsPending)
            {
                return;
            }

            string path = _pendingHash.Path;
            ChunkRecord record = _pendingHash.Record;
            _pendingHash.Settle();
            _events.ChunkClosed(path, record);
        }

        /// <summary>Writes the audio captured up to <paramref name="untilMs"/> into the open chunk (silence while muted), or drops it.</summary>
        private void MoveAudio(long untilMs)
        {
            if (_audio == null)
            {
                return;
            }

            if (!_chunk.IsOpen || !_chunk.HasAudio)
            {
                DropAudio(untilMs);
                return;
            }

            int read;
            while ((read = _audio.Read(untilMs, _samples, 0, _samples.Length)) > 0)
            {
                if (_muted)
                {
                    Array.Clear(_samples, 0, read);
                }

                if (_chunk.CanTakeAudio)
                {
                    _chunk.WriteAudio(_samples, read);
                }
            }
        }

        private void DropAudio(long untilMs)
        {
            if (_audio == null)
            {
                return;
            }

            while (_audio.Read(untilMs, _samples, 0, _samples.Length) > 0)
            {
            }
        }

        private void Fault(long nowMs, CardException fault)
        {
            Abandon(nowMs);
            _events.Faulted(nowMs, fault.Fault, fault.Path);
        }
    }
}
