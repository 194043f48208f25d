using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Shared.Agent
{
    /// <summary>The hardware the agent runs on, each behind its interface. The composition root fills it.</summary>
    public sealed class AgentParts
    {
        /// <summary>The SD card (raw: the agent does its own space accounting).</summary>
        public ICardFileSystem Card { get; set; }

        /// <summary>The camera.</summary>
        public IFrameSource Frames { get; set; }

        /// <summary>The microphone, or null.</summary>
        public IAudioSource Audio { get; set; }

        /// <summary>SHA-256 (native on the device when it has one).</summary>
        public ISha256 Sha256 { get; set; }

        /// <summary>
        /// Takes closed chunks' hashes off the frame path: slices spread over the frames that follow, or a worker
        /// of its own. Its SHA-256 must be its own instance (a chunk's hash spans many loop turns), not
        /// <see cref="Sha256"/>. Null: slices of a portable SHA-256 over <see cref="Card"/>.
        /// </summary>
        public IFileHasher ChunkHasher { get; set; }

        /// <summary>
        /// Builds the per-frame media path at each card mount (a native engine), or null: the managed reference
        /// engine over <see cref="Frames"/>, <see cref="Audio"/> and <see cref="ChunkHasher"/>.
        /// </summary>
        public IFramePathFactory FramePaths { get; set; }

        /// <summary>
        /// The network to the station (it carries the device credential and the pinned CA), or null: then
        /// docking only stops buffering. Sync runs when this is set and a station URL is known
        /// (<see cref="AgentSettings.StationUrl"/>, else the card config's station_url).
        /// </summary>
        public IHttpTransport Http { get; set; }

        /// <summary>
        /// The device's internal flash, where the audit chain's head is kept beside the card (a card cut back no
        /// longer matches it), or null: then nothing outside the card witnesses the log's end.
        /// </summary>
        public IChainHeadStore ChainHeadStore { get; set; }

        /// <summary>Board-level settings; null means defaults.</summary>
        public AgentSettings Settings { get; set; }
    }
}
