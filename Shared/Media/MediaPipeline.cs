using System;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// The media store behind the recorder's <see cref="IMediaEngine"/>: the pre-event ring, clips and their
    /// manifests, retention and the card's space, over a per-frame path (<see cref="IFramePath"/>) that writes
    /// the chunks. It commands the path once per segment or seam and hears from it once per chunk.
    /// </summary>
    /// <remarks>
    /// Each command first pumps what was captured up to its time with the state before it, so a seam (record
    /// start, stop, mute, roll-over) falls exactly at the command's time: no frame lost or written twice across it.
    /// A card fault stops all writing (the open chunk is left for boot recovery) and is reported through
    /// <see cref="IMediaEvents.CardFault"/>; a full card closes the clip cleanly from the reserve and is
    /// reported through <see cref="IMediaEvents.CardFull"/>.
    /// </remarks>
    public sealed partial class MediaPipeline : IMediaEngine, IFramePathEvents
    {
        // Read-back size for manifests and retention.
        private const int HashSliceBytes = 16384;

        // What the path is writing: nothing, the pre-event ring, or the open clip.
        private const int NoSegment = 0;
        private const int RingSegment = 1;
        private const int ClipSegment = 2;

        private readonly MediaSettings _settings;
        private readonly ICardFileSystem _card;
        private readonly CardSpace _space;
        private readonly IFramePath _engine;
        private readonly ChunkSpace _chunkSpace;
        private readonly ISha256 _sha;
        private readonly IAuditSink _audit;
        private readonly IMediaEvents _events;
        private readonly ClipRetention _retention;
        private readonly UtcReference _utc = new UtcReference();
        private readonly byte[] _hashBuffer = new byte[HashSliceBytes];
        private readonly byte[] _digest = new byte[32];
        private readonly PreEventRing _ring = new PreEventRing();
        private readonly ClipManifestWriter _manifest = new ClipManifestWriter();
        private readonly OpenClip _clip = new OpenClip();

        private int _segment;
        private bool _buffering;
        private bool _recording;
        private bool _muted;
        private bool _sensitive;
        private bool _cardFull;
        private bool _faulted;
        private int _nextClip;
        private int _nextRing;
        private CardException _engineFault;
        private long _engineFaultMs;

        /// <summary>
        /// Builds the store over <paramref name="parts"/>: the accounted card (after boot recovery), its space
        /// account (whose reserve is set here to what closing a chunk needs) and the per-frame path, which reports
        /// to this store from now on. Audit and Events may be null.
        /// </summary>
        public MediaPipeline(MediaParts parts)
        {
            if (parts == null || parts.Settings == null || parts.Card == null || parts.Space == null || parts.Engine == null || parts.Sha256 == null)
            {
                throw new ArgumentNullException(nameof(parts));
            }

            parts.Settings.Validate();
            _settings = parts.Settings;
            _card = parts.Card;
            _space = parts.Space;
            _engine = parts.Engine;
            _sha = parts.Sha256;
            _audit = parts.Audit;
            _events = parts.Events;
            _space.ReserveBytes = _settings.CloseReserveBytes(_space.ClusterBytes);
            _chunkSpace = new ChunkSpace(_space, _engine.MaxChunkBytes);
            _retention = new ClipRetention(_card, _space, _sha, _hashBuffer, _audit);
            _nextClip = NextSequence(CardLayout.ClipsDirectory, CardLayout.TrashDirectory);
            _nextRing = NextSequence(CardLayout.RingDirectory, null);
            _engine.Attach(this);
        }

        /// <summary>UTC as the device knows it; set it when the dock or station tells the time.</summary>
        public UtcReference Utc => _utc;

        /// <summary>The per-frame path this store drives.</summary>
        public IFramePath Engine => _engine;

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
        public int ClipSequence => _clip.Sequence;

        /// <summary>Closed chunks waiting in the pre-event ring.</summary>
        public int RingChunks => _ring.Count;

        /// <summary>Whether the open clip is flagged sensitive.</summary>
        public bool IsSensitive => _sensitive;

        /// <inheritdoc />
        public void StartBuffering(long nowMs)
        {
            Pump(nowMs);
            ClearFaults();
            if (!_buffering)
            {
                // Ring chunks of an earlier session must not join a clip as if they were the seconds before it.
                int stale = Guarded(nowMs, () =>
                {
                    _engine.Settle(nowMs);
                    CheckEngine();
                    return _ring.DropAll(_card);
                });
                _buffering = true;
                _audit?.Append(nowMs, AuditEvents.Media, "buffering on" + (stale > 0 ? " dropped-stale=" + stale.ToString() : string.Empty));
            }

            ResumeRing(nowMs);
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
            if (_segment == RingSegment)
            {
                EndSegment(nowMs);
                TakeEngineFault();
            }

            _audit?.Append(nowMs, AuditEvents.Media, "buffering off");
        }

        /// <inheritdoc />
        public void StartClip(long nowMs, string cause)
        {
            Pump(nowMs);
            ClearFaults();
            if (_recording)
            {
                return;
            }

            Guarded(nowMs, () =>
            {
                BeginClip(nowMs, nowMs, cause, 0, _buffering);
                return 0;
            });
            ResumeRing(nowMs);
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
                EndSegment(nowMs);
                CheckEngine();
                FinishClip(nowMs, cause);
                return 0;
            });
            ResumeRing(nowMs);
        }

        /// <inheritdoc />
        public void SetMuted(long nowMs, bool muted)
        {
            Pump(nowMs);
            if (_muted == muted)
            {
                return;
            }

            // The path keeps the mute even while faulted: the next segment must start in the right state.
            _engine.SetMuted(nowMs, muted);
            TakeEngineFault();
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

        /// <summary>The ring is written whenever buffering is wanted and neither a clip, a fault nor a full card stops it.</summary>
        private void ResumeRing(long nowMs)
        {
            if (!_buffering || _recording || _faulted || _cardFull || _segment != NoSegment || _settings.PreEventSeconds <= 0)
            {
                return;
            }

            Guarded(nowMs, () =>
            {
                _card.CreateDirectory(CardLayout.RingDirectory);
                _engine.Begin(nowMs, CardLayout.RingDirectory, _nextRing, _settings.PreEventAudio);
                _segment = RingSegment;
                return 0;
            });
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
