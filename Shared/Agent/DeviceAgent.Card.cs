using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Shared.Agent
{
    /// <summary>The card side of the agent: mount (recovery, space, pipeline), unmount, and the pipeline's reports.</summary>
    public sealed partial class DeviceAgent : IMediaEvents
    {
        private CardSpace _space;

        /// <summary>Raised when a chunk of a clip is closed and listed in its manifest.</summary>
        public event AgentChunkHandler ChunkClosed;

        /// <summary>Raised when a clip is closed (its manifest final).</summary>
        public event AgentClipHandler ClipClosed;

        /// <summary>The space account of the mounted card, or null without a card.</summary>
        public CardSpace Space
        {
            get { return _space; }
        }

        /// <summary>True while a card is mounted and its pipeline runs.</summary>
        public bool IsCardMounted
        {
            get { return _media.Pipeline != null; }
        }

        /// <summary>What recovery found at the last mount, or null.</summary>
        public RecoveryReport LastRecovery { get; private set; }

        void IMediaEvents.ChunkClosed(int clipSequence, ChunkRecord chunk)
        {
            AgentChunkHandler handler = ChunkClosed;
            if (handler != null)
            {
                handler(clipSequence, chunk, _nowMs);
            }
        }

        void IMediaEvents.ClipClosed(int clipSequence, string cause, byte[] manifestSha256)
        {
            AgentClipHandler handler = ClipClosed;
            if (handler != null)
            {
                handler(clipSequence, cause, _nowMs);
            }
        }

        void IMediaEvents.CardFull(long nowMs)
        {
            Inputs.TryPost(InputKind.CardFull, nowMs, 0);
        }

        void IMediaEvents.CardFault(long nowMs, CardFault fault)
        {
            Inputs.TryPost(InputKind.MediaFault, nowMs, (int)fault);
        }

        private void MountCard(long nowMs)
        {
            if (_media.Pipeline != null)
            {
                return;
            }

            try
            {
                // Recovery first, on the raw card: the space account is measured on what it leaves.
                LastRecovery = new BootRecovery(_parts.Card, _parts.Sha256, Audit).Run(nowMs);
                if (LastRecovery.ClipsClosed > 0 || LastRecovery.ChunksRepaired > 0)
                {
                    Note(nowMs, "recovery: " + LastRecovery.ClipsClosed.ToString() + " clip(s) closed, "
                        + LastRecovery.ChunksRepaired.ToString() + " chunk(s) repaired");
                }

                _space = CardSpace.Measure(_parts.Card, _settings.CardCapacityBytes, 0, CardSpace.DefaultClusterBytes);
                var accounted = new AccountedCardFileSystem(_parts.Card, _space);
                IAudioSource audio = _settings.RecordAudio ? _parts.Audio : null;
                MediaSettings settings = MediaSettingsFromConfig();
                IFramePath engine = _parts.FramePaths != null
                    ? _parts.FramePaths.Create(settings, _parts.Card, audio)
                    : new ManagedFramePath(settings, _parts.Card, _parts.Frames, audio, _parts.ChunkHasher);
                var pipeline = new MediaPipeline(new MediaParts
                {
                    Settings = settings,
                    Card = accounted,
                    Space = _space,
                    Engine = engine,
                    Sha256 = _parts.Sha256,
                    Audit = Audit,
                    Events = this,
                });
                System.DateTime utc;
                if (Clock.TryGetUtc(nowMs, out utc))
                {
                    pipeline.Utc.Set((utc.Ticks - UnixEpochTicks) / System.TimeSpan.TicksPerMillisecond, nowMs);
                }

                _media.Pipeline = pipeline;
                StartSync(accounted);
                Audit.Append(nowMs, AuditEvents.Media, "mounted used=" + _space.UsedBytes.ToString() + " capacity=" + _space.CapacityBytes.ToString());
            }
            catch (CardException e)
            {
                _media.Pipeline = null;
                _space = null;
                Audit.Append(nowMs, AuditEvents.CardFault, "mount-failed fault=" + CardFaultNames.Name(e.Fault));
                Note(nowMs, "card: not mounted (" + CardFaultNames.Name(e.Fault) + ")");
            }
        }

        private void UnmountCard(long nowMs, string why)
        {
            if (_media.Pipeline == null)
            {
                return;
            }

            StopSync(nowMs, "unmounted");
            System.IDisposable engine = _media.Pipeline.Engine as System.IDisposable;
            _media.Pipeline = null;
            if (engine != null)
            {
                engine.Dispose();
            }

            _space = null;
            Audit.Append(nowMs, AuditEvents.Media, "unmounted " + why);
        }

        private void PumpMedia(long nowMs)
        {
            MediaPipeline pipeline = _media.Pipeline;
            if (pipeline != null)
            {
                pipeline.Pump(nowMs);
            }
        }

        private MediaSettings MediaSettingsFromConfig()
        {
            return new MediaSettings
            {
                DeviceId = Config.DeviceId.Length == 0 ? "BWC-0000" : Config.DeviceId,
                OfficerId = Config.OfficerId,
                FrameWidth = _settings.FrameWidth,
                FrameHeight = _settings.FrameHeight,
                FramesPerSecond = _settings.FramesPerSecond,
                ChunkSeconds = Config.ChunkSeconds,
                PreEventSeconds = Config.PreEventSeconds,
                PreEventAudio = Config.PreEventAudio,
                FlushIntervalMs = Config.FlushIntervalMs,
                RecordAudio = _settings.RecordAudio && _parts.Audio != null,
            };
        }
    }
}
