namespace BwcFirmware.Shared.Agent
{
    /// <summary>
    /// What the board, not the card's config, decides: the camera's frame format and the card's size. The
    /// device app fills it from the board definition; the simulator from its command line.
    /// </summary>
    public sealed class AgentSettings
    {
        /// <summary>Frame width the camera delivers.</summary>
        public int FrameWidth { get; set; } = 640;

        /// <summary>Frame height the camera delivers.</summary>
        public int FrameHeight { get; set; } = 480;

        /// <summary>Frames per second the camera delivers.</summary>
        public int FramesPerSecond { get; set; } = 15;

        /// <summary>Card capacity to account against; 0 or less: what the card reports.</summary>
        public long CardCapacityBytes { get; set; }

        /// <summary>Whether clips carry the microphone (false on a board without one).</summary>
        public bool RecordAudio { get; set; } = true;

        /// <summary>Station URL that overrides the card config's station_url (empty: use the config).</summary>
        public string StationUrl { get; set; } = string.Empty;

        /// <summary>Device credential that overrides the card config's station_token (empty: use the config).</summary>
        public string StationToken { get; set; } = string.Empty;
    }
}
