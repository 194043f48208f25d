using System;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Avi;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// The managed reference media engine: pulls frames and audio from the sources in <see cref="Pump"/>,
    /// writes the pre-event ring and clips as chunked AVI files with their manifests, and reports chunks and
    /// clips as they close. Every buffer is allocated here, once; the frame path allocates nothing.
    /// </summary>
    /// <remarks>
    /// Each command first pumps what was captured up to its time with the state before it, so a seam (record
    /// start, stop, mute) falls exactly at the command's time: no frame lost or written twice across it.
    /// A card fault stops all writing (the open chunk is left for boot recovery) and is reported through
    /// <see cref="IMediaEvents.CardFault"/>; a full card closes the clip cleanly from the reserve and is
    /// reported through <see cref="IMediaEvents.CardFull"/>.
    /// </remarks>
    public sealed partial class MediaPipeline : IMediaEngine
    {
        // Read-back size for manifests, retention and the sliced chunk hasher.
        private const int HashSliceBytes = 16384;

        private readonly MediaSettings _settings;
        private readonly ICardFileSystem _card;
        private readonly CardSpace _space;
        private readonly IFrameSource _frames;
        private readonly IAudioSource _audio;
        private readonly ISha256 _sha;
        private readonly PendingChunkHash _pendingHash;
        private readonly IAuditSink _audit;
        private readonly IMediaEvents _events;
        private readonly ClipRetention _retention;
        private readonly UtcReference _utc = new UtcReference();
        private readonly byte[] _frame;
        private readonly byte[] _samples;
        private readonly byte[] _hashBuffer = new byte[HashSliceBytes];
        private readonly byte[] _digest = new byte[32];
        private readonly AviChunkWriter _videoWriter;
        private readonly AviChunkWriter _audioVideoWriter;
        private readonly OpenChunk _chunk;
        private readonly PreEventRing _ring = new PreEventRing();
        private readonly ClipManifestWriter _manifest = new ClipManifestWriter();
        private readonly ChunkRecord _record = new ChunkRecord { Sha256 = new byte[32] };
        private readonly long _frameIntervalMs;

        private bool _buffering;
        private bool _recording;
        private bool _muted;
        private bool _sensitive;
        private bool _cardFull;
        private bool _faulted;
        private int _clip;
        private string _clipDirectory;
        private int _clipChunks;
        private int _nextClip;
        private int _nextRing;
        private long _clipStartMs;

        /// <summary>
        /// Builds the engine over <paramref name="card"/> (the accounted card, after boot recovery) and its
        /// <paramref name="space"/> account, whose reserve is set here to what closing a chunk needs. Closed
        /// chunks are hashed in slices spread over the frames that follow, by a portable SHA-256 of their own.
        /// <paramref name="audio"/>, <paramref name="audit"/> and <paramref name="events"/> may be null.
        /// </summary>
        public MediaPipeline(MediaSettings settings, ICardFileSystem card, CardSpace space, IFrameSource frames, IAudioSource audio, ISha256 sha, IAuditSink audit, IMediaEvents events)
            : this(settings, card, space, frames, audio, sha, null, audit, events)
        {
        }

        /// <summary>
        /// Builds the engine as above, with <paramref name="chunkHasher"/> taking closed chunks' hashes (slices on
        /// this thread, or a worker of its own). A chunk's hash spans many calls, so the hasher's SHA-256 must be
        /// its own, never <paramref name="sha"/> (which the audit log or sync may share). Null: as above.
        /// </summary>
        public MediaPipeline(MediaSettings settings, ICardFileSystem card, CardSpace space, IFrameSource frames, IAudioSource audio, ISha256 sha, IFileHasher chunkHasher, IAuditSink audit, IMediaEvents events)
        {
            if (settings == null || card == null || space == null || frames == null || sha == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            settings.Validate();
            _settings = settings;
            _card = card;
            _space = space;
            _frames = frames;
            _audio = audio;
            _sha = sha;
            _audit = audit;
            _events = events;
            _frameIntervalMs = 1000 / settings.FramesPerSecond;
            _frame = new byte[frames.MaxFrameBytes];
            _samples = new byte[settings.MaxAudioChunkBytes];
            _chunk = new OpenChunk();
            _pendingHash = new PendingChunkHash(chunkHasher ?? new SlicedFileHasher(card, new Sha256(), HashSliceBytes));
            space.ReserveBytes = settings.CloseReserveBytes(space.ClusterBytes);
            _retention = new ClipRetention(card, space, sha, _hashBuffer, audit);

            var video = new AviFormat(settings.FrameWidth, settings.FrameHeight, settings.FramesPerSecond, settings.MaxFramesPerChunk, frames.MaxFrameBytes);
            _videoWriter = new AviChunkWriter(video);
            if (audio != null)
            {
                AviFormat audioVideo = new AviFormat(settings.FrameWidth, settings.FrameHeight, settings.FramesPerSecond, settings.MaxFramesPerChunk, frames.MaxFrameBytes)
                    .WithAudio(audio.SampleRateHz, settings.MaxAudioChunksPerChunk, settings.MaxAudioChunkBytes);
                _audioVideoWriter = new AviChunkWriter(audioVideo);
            }

            _nextClip = NextSequence(CardLayout.ClipsDirectory, CardLayout.TrashDirectory);
            _nextRing = NextSequence(CardLayout.RingDirectory, null);
        }

        /// <summary>UTC as the device knows it; set it when the dock or station tells the time.</summary>
        public UtcReference Utc => _utc;

        /// <summary>True while the ring is wanted (between StartBuffering and StopBuffering).</summary>
        public bool IsBuffering => _buffering;

        /// <summary>True while a clip is open.</summary>
        public bool IsRecording => _recording;

        /// <summary>True while the clip's audio is replaced by silence.</summary>
        public bool IsMuted => _muted;

        /// <summary>True after the card filled up, until the next start command.</summary>
        public bool IsCardFull => _cardFull;

        /// <summary>True after a card fault, until the next start command.</summary>
        public bool IsFaulted => _faulted;

        /// <summary>Sequence of the open clip (or the last one), 0 before any.</summary>
        public int ClipSequence => _clip;

        /// <summary>Closed chunks waiting in the pre-event ring.</summary>
        public int RingChunks => _ring.Count;

        /// <inheritdoc />
        public void StartBuffering(long nowMs)
        {
            Pump(nowMs);
            ClearFaults();
            if (_buffering)
            {
                return;
            }

            // Ring chunks of an earlier session must not join a clip as if they were the seconds before it.
            int stale = Guarded(nowMs, () =>
            {
                SettleChunkHash();
                return _ring.DropAll(_card);
            });
            _buffering = true;
            _audit?.Append(nowMs, AuditEvents.Media, "buffering on" + (stale > 0 ? " dropped-stale=" + stale.ToString() : string.Empty));
        }

        /// <inheritdoc />
        public void StopBuffering(long nowMs)
        {
            Pump(nowMs);
            if (!_buffering)
            {
                return;
            }

            _buffering = false;
            if (!_recording && _chunk.IsOpen)
            {
                Guarded(nowMs, () =>
                {
                    CloseRingChunk();
                    return 0;
                });
            }

            _audit?.Append(nowMs, AuditEvents.Media, "buffering off");
        }

        /// <inheritdoc />
        public void StartClip(long nowMs, string cause)
        {
            Pump(nowMs);
            ClearFaults();
            if (_recording || _faulted)
            {
                return;
            }

            Guarded(nowMs, () =>
            {
                BeginClip(nowMs, cause, 0, adoptRing: _buffering);
                return 0;
            });
        }

        /// <inheritdoc />
        public void StopClip(long nowMs, string cause)
        {
            Pump(nowMs);
            if (!_recording || _faulted)
            {
                return;
            }

            Guarded(nowMs, () =>
            {
                if (_chunk.IsOpen)
                {
                    CloseClipChunk();
                }

                FinishClip(nowMs, cause);
                return 0;
            });
        }

        /// <inheritdoc />
        public void SetMuted(long nowMs, bool muted)
        {
            Pump(nowMs);
            if (_muted == muted)
            {
                return;
            }

            // Samples captured before the switch keep the old state: mute exactly at nowMs, not a pump later.
            Guarded(nowMs, () =>
            {
                MoveAudio(nowMs);
                return 0;
            });
            _muted = muted;
            if (_recording && !_faulted)
            {
                Guarded(nowMs, () =>
                {
                    _manifest.WriteMute(nowMs, muted);
                    return 0;
                });
            }

            // No audit record here: the recorder writes the mute with its cause, first, for every engine.
        }

        /// <summary>Whether the open clip is flagged sensitive.</summary>
        public bool IsSensitive => _sensitive;

        /// <inheritdoc />
        public void SetSensitive(long nowMs, bool sensitive)
        {
            Pump(nowMs);
            if (!_recording || _faulted || _sensitive == sensitive)
            {
                return;
            }

            _sensitive = sensitive;
            Guarded(nowMs, () =>
            {
                _manifest.WriteSensitive(nowMs, sensitive);
                return 0;
            });

            // No audit record here: the recorder writes the flag with its cause, first, for every engine.
        }

        /// <inheritdoc />
        public void Marker(long nowMs, string note)
        {
            Pump(nowMs);
            if (_recording && !_faulted)
            {
                Guarded(nowMs, () =>
                {
                    _manifest.WriteMarker(nowMs, note);
                    return 0;
                });
            }

            // No audit record here: the recorder writes the marker with its cause, first, for every engine.
        }

        private void ClearFaults()
        {
            _cardFull = false;
            _faulted = false;
        }

        private int NextSequence(string directory, string alsoDirectory)
        {
            int highest = Highest(directory);
            if (alsoDirectory != null)
            {
                int other = Highest(alsoDirectory);
                highest = other > highest ? other : highest;
            }

            return highest + 1;
        }

        private int Highest(string directory)
        {
            if (!_card.DirectoryExists(directory))
            {
                return 0;
            }

            int highest = 0;
            string[] names = directory == CardLayout.RingDirectory ? _card.ListFiles(directory) : _card.ListDirectories(directory);
            for (int i = 0; i < names.Length; i++)
            {
                int sequence = CardLayout.ParseSequence(names[i]);
                highest = sequence > highest ? sequence : highest;
            }

            return highest;
        }
    }
}
