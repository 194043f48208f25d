using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Simulator.Timeline;

namespace BwcFirmware.Simulator.Output
{
    /// <summary>Reads what a clip holds from its manifest on the card: chunks, frames, bytes, pre-event video, markers, mute, the sensitive flag.</summary>
    public static class ClipFacts
    {
        /// <summary>Fills <paramref name="clip"/> from its manifest; false when the card has no manifest for it.</summary>
        public static bool TryRead(ICardFileSystem card, TimelineClip clip, int fps)
        {
            if (!int.TryParse(clip.Id, out int sequence))
            {
                return false;
            }

            string path = CardLayout.ClipManifest(sequence);
            if (!card.FileExists(path))
            {
                return false;
            }

            Read(ClipManifest.Load(card, path), clip, fps);
            return true;
        }

        private static void Read(ClipManifest manifest, TimelineClip clip, int fps)
        {
            int markers = 0;
            int mutes = 0;
            int chunks = 0;
            long frames = 0;
            long bytes = 0;
            long firstFrameMs = -1;
            for (int i = 0; i < manifest.EntryCount; i++)
            {
                ManifestEntry entry = manifest.EntryAt(i);
                switch (entry.Kind)
                {
                    case ManifestEntryKind.Marker:
                        markers++;
                        break;
                    case ManifestEntryKind.Mute:
                        mutes += entry.Get(ManifestKeys.State) == "on" ? 1 : 0;
                        break;
                    case ManifestEntryKind.Chunk:
                        chunks++;
                        frames += entry.GetNumber(ManifestKeys.Frames, 0);
                        bytes += entry.GetNumber(ManifestKeys.Bytes, 0);
                        if (firstFrameMs < 0)
                        {
                            firstFrameMs = entry.GetNumber(ManifestKeys.First, -1);
                        }

                        break;
                }
            }

            clip.Sensitive = manifest.IsSensitive;
            clip.Markers = markers;
            clip.MuteIntervals = mutes;
            clip.Chunks = chunks;
            clip.Bytes = bytes;
            clip.VideoMs = frames * 1000 / fps;
            long startMono = manifest.Start != null ? manifest.Start.MonoMs : -1;
            clip.StartCause = manifest.Start?.Cause;
            if (startMono >= 0 && firstFrameMs >= 0 && firstFrameMs < startMono)
            {
                clip.PreEventMs = startMono - firstFrameMs;
            }

            if (manifest.Stop != null && manifest.Stop.Cause != null && manifest.Stop.Cause != clip.CloseCause)
            {
                // Recovery closes a clip the cut left open: the manifest's word is the final one.
                clip.Close(clip.EndMs, manifest.Stop.Cause);
            }
        }
    }
}
