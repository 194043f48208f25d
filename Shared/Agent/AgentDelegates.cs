using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Shared.Agent
{
    /// <summary>Raised for every input the agent hands to the recorder, after the recorder handled it.</summary>
    public delegate void AgentInputHandler(InputEvent input);

    /// <summary>Raised when the agent notes something a person watching the device would want to see.</summary>
    public delegate void AgentNoteHandler(long timeMs, string text);
}

namespace BwcFirmware.Shared.Agent
{
    /// <summary>Raised when the agent's UTC clock is set or adjusted.</summary>
    public delegate void AgentClockHandler(bool isSet, long nowMs);
}

namespace BwcFirmware.Shared.Agent
{
    /// <summary>Raised when a chunk of clip <paramref name="clipSequence"/> closed; the record is reused: copy what you keep.</summary>
    public delegate void AgentChunkHandler(int clipSequence, BwcFirmware.Shared.Media.Manifest.ChunkRecord chunk, long timeMs);

    /// <summary>Raised when clip <paramref name="clipSequence"/> closed with <paramref name="cause"/>.</summary>
    public delegate void AgentClipHandler(int clipSequence, string cause, long timeMs);
}
