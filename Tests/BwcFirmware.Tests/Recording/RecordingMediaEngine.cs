using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Tests.Recording;

/// <summary>
/// An <see cref="IMediaEngine"/> that writes nothing: it logs each command and keeps the media state a real
/// engine would be in, so tests can check that what the machine believes matches what it commanded.
/// </summary>
public sealed class RecordingMediaEngine : IMediaEngine
{
    public List<string> Commands { get; } = new();

    public List<long> MarkerTimes { get; } = new();

    public bool Buffering { get; private set; }

    public bool ClipOpen { get; private set; }

    public bool Muted { get; private set; }

    public int ClipsStarted { get; private set; }

    /// <summary>The command name ("StartClip", "SetMuted"...) that throws next, or null.</summary>
    public string? ThrowOn { get; set; }

    /// <summary>Throws on every call while set (a card that went away).</summary>
    public bool ThrowAlways { get; set; }

    /// <summary>Commands that make no sense in the engine's state (kept, not thrown: the machine would swallow a throw).</summary>
    public List<string> Violations { get; } = new();

    public string Log => string.Join("; ", Commands);

    public void StartBuffering(long nowMs)
    {
        Enter("StartBuffering", "StartBuffering");
        if (Buffering || ClipOpen)
        {
            Violations.Add("StartBuffering while " + (ClipOpen ? "recording" : "buffering"));
        }

        Buffering = true;
    }

    public void StopBuffering(long nowMs)
    {
        Enter("StopBuffering", "StopBuffering");
        Buffering = false;
    }

    public void StartClip(long nowMs, string cause)
    {
        Enter("StartClip", "StartClip(" + cause + ")");
        if (ClipOpen)
        {
            Violations.Add("clip already open");
        }

        // The buffered ring becomes the clip's first chunks: buffering ends without a StopBuffering.
        Buffering = false;
        ClipOpen = true;
        ClipsStarted++;
    }

    public void StopClip(long nowMs, string cause)
    {
        Enter("StopClip", "StopClip(" + cause + ")");
        ClipOpen = false;
        Muted = false;
    }

    public void SetMuted(long nowMs, bool muted)
    {
        Enter("SetMuted", "SetMuted(" + (muted ? "true" : "false") + ")");
        if (!ClipOpen)
        {
            Violations.Add("mute without a clip");
        }

        Muted = muted;
    }

    public void SetSensitive(long nowMs, bool sensitive)
    {
        Enter("SetSensitive", "SetSensitive(" + (sensitive ? "true" : "false") + ")");
        if (!ClipOpen)
        {
            Violations.Add("sensitive flag without a clip");
        }
    }

    public void Marker(long nowMs, string note)
    {
        Enter("Marker", "Marker(" + note + ")");
        if (!ClipOpen)
        {
            Violations.Add("marker without a clip");
        }

        MarkerTimes.Add(nowMs);
    }

    private void Enter(string name, string entry)
    {
        Commands.Add(entry);
        if (ThrowAlways || ThrowOn == name)
        {
            ThrowOn = null;
            throw new IOException("card: simulated failure");
        }
    }
}
