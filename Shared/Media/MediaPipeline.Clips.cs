using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Media
{
    /// <content>Opening and closing clips: the start line, the ring's chunks joining, the stop line.</content>
    public sealed partial class MediaPipeline
    {
        /// <summary>
        /// Opens clip folder and manifest (start line durable first, so recovery knows the clip was meant), closes
        /// the open ring chunk at the seam, then for each ring chunk, oldest first, writes its manifest line
        /// (naming the ring file it comes from) and moves it into the clip by rename; then the path records the
        /// clip from <paramref name="seamMs"/> on. A cut anywhere in this is finished by boot recovery: listed
        /// moves are completed, unlisted ring chunks are adopted.
        /// </summary>
        private void BeginClip(long nowMs, long seamMs, string cause, int continuesClip, bool adoptRing)
        {
            long need = (4L * _space.ClusterBytes) + ManifestFormat.MaxLineBytes;
            if (!EnsureRoom(need, nowMs))
            {
                OnCardFull(nowMs);
                return;
            }

            // A chunk of the ring (or of the clip before a roll-over) may still wait for its hash.
            _engine.Settle(seamMs);
            CheckEngine();
            if (!adoptRing && _ring.Count > 0)
            {
                // Ring chunks kept after buffering stopped are not the seconds before this clip: boot
                // recovery would otherwise take them for a start cut short and join them to it.
                _ring.DropAll(_card);
            }

            _clip.Start(_nextClip++, nowMs);
            _card.CreateDirectory(_clip.Directory);
            _manifest.Create(_card, CardLayout.ClipManifest(_clip.Sequence));
            _manifest.WriteStart(_clip.Sequence, _settings.DeviceId, _settings.OfficerId, _utc.Format(nowMs), nowMs, cause, continuesClip);
            _recording = true;
            if (_muted)
            {
                _manifest.WriteMute(nowMs, true);
            }

            if (_sensitive)
            {
                // A clip continuing a flagged one after a roll-over is as sensitive as the part before it.
                _manifest.WriteSensitive(nowMs, true);
            }

            int adopted = 0;
            if (_segment == RingSegment)
            {
                EndSegment(seamMs);
                CheckEngine();
            }

            if (adoptRing)
            {
                _engine.Settle(seamMs);
                CheckEngine();
                for (int i = 0; i < _ring.Count; i++)
                {
                    RingChunk chunk = _ring.At(i);
                    _clip.Chunks++;
                    ChunkRecord record = chunk.Record;
                    record.Name = CardLayout.Sequence(_clip.Chunks) + CardLayout.ChunkExtension;
                    record.From = chunk.Path;
                    _manifest.WriteChunk(record);
                    _card.Rename(chunk.Path, CardLayout.ClipChunk(_clip.Sequence, _clip.Chunks));
                    record.From = null;
                    _events?.ChunkClosed(_clip.Sequence, record);
                    adopted++;
                }

                _ring.Clear();
            }

            _engine.Begin(seamMs, _clip.Directory, _clip.Chunks + 1, _settings.RecordAudio);
            _segment = ClipSegment;
            _audit?.Append(nowMs, AuditEvents.Clip, "start clip=" + CardLayout.Sequence(_clip.Sequence) + " cause=" + cause + " pre-event-chunks=" + adopted.ToString());
        }

        /// <summary>Writes the stop line, closes the manifest and reports the clip with its manifest's hash.</summary>
        private void FinishClip(long nowMs, string cause)
        {
            _engine.Settle(nowMs);
            CheckEngine();
            _manifest.WriteStop(nowMs, cause);
            _manifest.Close();
            _recording = false;
            if (cause != ManifestFormat.RolloverCause && _muted)
            {
                // Privacy mute belongs to the clip: the next clip starts with sound unless muted again.
                _muted = false;
                _engine.SetMuted(nowMs, false);
                CheckEngine();
            }

            bool sensitive = _sensitive;
            _sensitive = sensitive && cause == ManifestFormat.RolloverCause;
            CardFileHash.Compute(_card, CardLayout.ClipManifest(_clip.Sequence), _sha, _hashBuffer, _digest, 0);
            _audit?.Append(nowMs, AuditEvents.Clip, "stop clip=" + CardLayout.Sequence(_clip.Sequence) + " cause=" + cause + " chunks=" + _clip.Chunks.ToString()
                + (sensitive ? " sensitive=on" : string.Empty) + " manifest-sha256=" + Hex.ToLower(_digest));
            _events?.ClipClosed(_clip.Sequence, cause, _digest);
        }

        /// <summary>
        /// The clip reached its length limit at <paramref name="limitMs"/>: it closes with what was captured before
        /// the limit, and a new clip continues it from there.
        /// </summary>
        private void Rollover(long limitMs)
        {
            EndSegment(limitMs - 1);
            CheckEngine();
            int previous = _clip.Sequence;
            FinishClip(limitMs, ManifestFormat.RolloverCause);
            BeginClip(limitMs, limitMs - 1, ManifestFormat.RolloverCause, previous, false);
        }
    }
}
