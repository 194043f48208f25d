using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Shared.Agent
{
    /// <summary>
    /// The media engine the recorder talks to for the agent's whole life, forwarding to the pipeline of the
    /// card mounted now. A pulled card takes its pipeline with it (its files are dead handles); the card put
    /// back gets a fresh pipeline after recovery. Without a card a command is noted and dropped: the
    /// recorder rests in Idle then anyway, so this is only reached in a race with the card-detect switch.
    /// </summary>
    internal sealed class MountedMedia : IMediaEngine
    {
        private readonly IAuditSink _audit;

        public MountedMedia(IAuditSink audit)
        {
            _audit = audit;
        }

        public MediaPipeline Pipeline { get; set; }

        public void StartBuffering(long nowMs)
        {
            if (Ready(nowMs, "start-buffering"))
            {
                Pipeline.StartBuffering(nowMs);
            }
        }

        public void StopBuffering(long nowMs)
        {
            if (Ready(nowMs, "stop-buffering"))
            {
                Pipeline.StopBuffering(nowMs);
            }
        }

        public void StartClip(long nowMs, string cause)
        {
            if (Ready(nowMs, "start-clip"))
            {
                Pipeline.StartClip(nowMs, cause);
            }
        }

        public void StopClip(long nowMs, string cause)
        {
            if (Ready(nowMs, "stop-clip"))
            {
                Pipeline.StopClip(nowMs, cause);
            }
        }

        public void SetMuted(long nowMs, bool muted)
        {
            if (Ready(nowMs, muted ? "mute" : "unmute"))
            {
                Pipeline.SetMuted(nowMs, muted);
            }
        }

        public void SetSensitive(long nowMs, bool sensitive)
        {
            if (Ready(nowMs, sensitive ? "flag-sensitive" : "unflag-sensitive"))
            {
                Pipeline.SetSensitive(nowMs, sensitive);
            }
        }

        public void Marker(long nowMs, string note)
        {
            if (Ready(nowMs, "marker"))
            {
                Pipeline.Marker(nowMs, note);
            }
        }

        private bool Ready(long nowMs, string command)
        {
            if (Pipeline != null)
            {
                return true;
            }

            _audit.Append(nowMs, AuditEvents.Media, "no-card dropped=" + command);
            return false;
        }
    }
}
