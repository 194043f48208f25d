using System;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media.Avi;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Media
{
    /// <summary>Work on the card that a fault may interrupt (commands wrap it; see <c>Guarded</c>).</summary>
    internal delegate int CardWork();

    /// <content>The frame path: called for every frame, it allocates nothing and copies no byte itself.</content>
    public sealed partial class MediaPipeline
    {
        // Chunk and index headers around a frame and its audio, generously.
        private const int FrameOverheadBytes = 64;

        /// <summary>
        /// Moves every frame captured up to <paramref name="nowMs"/> (and the audio up to each frame's capture
        /// time) to the card: into the ring while buffering, into the clip while recording, nowhere otherwise
        /// (the sources are drained so no stale frame is written later).
        /// </summary>
        public void Pump(long nowMs)
        {
            int length;
            long captureMs;
            while (_frames.TryReadFrame(nowMs, _frame, out length, out captureMs))
            {
                if (!IsWriting)
                {
                    DropAudio(captureMs);
                    continue;
                }

                try
                {
                    WriteFrame(length, captureMs);
                }
                catch (CardException fault)
                {
                    OnCardFault(captureMs, fault);
                }
            }
        }

        private bool IsWriting => !_faulted && !_cardFull && (_recording || (_buffering && _settings.PreEventSeconds > 0));

        private void WriteFrame(int length, long captureMs)
        {
            if (_recording && captureMs - _clipStartMs >= _settings.MaxClipMs)
            {
                Rollover(captureMs);
            }

            if (_chunk.IsOpen && (captureMs - _chunk.FirstFrameMs >= _settings.ChunkMs || !_chunk.CanTakeFrame))
            {
                CloseOpenChunk();
            }

            long need = length + _samples.Length + FrameOverheadBytes + (2L * _space.ClusterBytes);
            if (!EnsureRoom(need, captureMs))
            {
                OnCardFull(captureMs);
                return;
            }

            if (!_chunk.IsOpen)
            {
                OpenNextChunk(captureMs);
            }

            long before = _chunk.Length;
            MoveAudio(captureMs);
            _chunk.WriteFrame(_frame, length, captureMs);
            _chunk.FlushIfDue(captureMs, _settings.FlushIntervalMs);

            // Hash the last chunk twice as fast as this one grows, so it is done well before it is settled.
            AdvanceChunkHash(2 * (_chunk.Length - before));
        }

        /// <summary>Lets the closed chunk's hash advance; it is settled when the next chunk closes, or at a seam.</summary>
        private void AdvanceChunkHash(long budgetBytes)
        {
            if (_pendingHash.IsPending)
            {
                _pendingHash.Advance(budgetBytes);
            }
        }

        /// <summary>
        /// Completes the closed chunk waiting for its hash (waiting for the hasher if need be): a clip chunk gets
        /// its manifest line and is reported; a ring chunk's record is ready to join a clip.
        /// </summary>
        private void SettleChunkHash()
        {
            if (!_pendingHash.IsPending)
            {
                return;
            }

            int clip = _pendingHash.Clip;
            ChunkRecord record = _pendingHash.Settle();
            if (clip > 0)
            {
                _manifest.WriteChunk(record);
                _events?.ChunkClosed(clip, record);
            }
        }

        /// <summary>Writes the audio captured up to <paramref name="untilMs"/> into the open chunk (silence while muted), or drops it.</summary>
        private void MoveAudio(long untilMs)
        {
            if (_audio == null)
            {
                return;
            }

            if (!_chunk.IsOpen || !_chunk.HasAudio)
            {
                DropAudio(untilMs);
                return;
            }

            int read;
            while ((read = _audio.Read(untilMs, _samples, 0, _samples.Length)) > 0)
            {
                if (_muted)
                {
                    Array.Clear(_samples, 0, read);
                }

                if (_chunk.CanTakeAudio)
                {
                    _chunk.WriteAudio(_samples, read);
                }
            }
        }

        private void DropAudio(long untilMs)
        {
            if (_audio == null)
            {
                return;
            }

            while (_audio.Read(untilMs, _samples, 0, _samples.Length) > 0)
            {
            }
        }

        /// <summary>The ring yields first, then synced clips oldest first; false when the bytes still do not fit.</summary>
        private bool EnsureRoom(long bytes, long nowMs)
        {
            if (_space.HasRoomFor(bytes))
            {
                return true;
            }

            if (_pendingHash.IsPending && _pendingHash.Clip == 0)
            {
                // The ring chunk being hashed may be the one to go.
                SettleChunkHash();
            }

            while (!_space.HasRoomFor(bytes) && _ring.DropOldest(_card))
            {
            }

            return _space.HasRoomFor(bytes) || _retention.MakeRoom(bytes, _recording ? _clip : 0, nowMs);
        }

        private void OpenNextChunk(long firstFrameMs)
        {
            if (_recording)
            {
                _clipChunks++;
                string name = CardLayout.Sequence(_clipChunks) + CardLayout.ChunkExtension;
                AviChunkWriter writer = _settings.RecordAudio && _audioVideoWriter != null ? _audioVideoWriter : _videoWriter;
                // The clip's folder path is kept from its start: a chunk opens every few seconds for hours.
                _chunk.Open(_card, writer, _clipDirectory + "/" + name, name, false, firstFrameMs);
                _manifest.WriteChunkOpen(name, firstFrameMs);
                return;
            }

            _card.CreateDirectory(CardLayout.RingDirectory);
            int ring = _nextRing++;
            AviChunkWriter ringWriter = _settings.PreEventAudio && _audioVideoWriter != null ? _audioVideoWriter : _videoWriter;
            _chunk.Open(_card, ringWriter, CardLayout.RingChunk(ring), CardLayout.Sequence(ring) + CardLayout.ChunkExtension, true, firstFrameMs);
        }

        private void CloseOpenChunk()
        {
            if (_chunk.IsRing)
            {
                CloseRingChunk();
            }
            else
            {
                CloseClipChunk();
            }
        }

        /// <summary>Closes the ring chunk and starts its hash; trimming never drops the newest chunk, the one hashed.</summary>
        private void CloseRingChunk()
        {
            SettleChunkHash();
            RingChunk closed = _ring.Rent();
            closed.Path = _chunk.Path;
            _chunk.Close(closed.Record);
            _ring.Add(closed);
            _pendingHash.Start(closed.Path, closed.Record, 0);
            _ring.Trim(_card, _settings.PreEventMs, _frameIntervalMs);
        }

        /// <summary>Closes the clip chunk and starts its hash; its manifest line follows when the hash is settled.</summary>
        private void CloseClipChunk()
        {
            SettleChunkHash();
            string path = _chunk.Path;
            _chunk.Close(_record);
            _pendingHash.Start(path, _record, _clip);
        }

        private void OnCardFull(long nowMs)
        {
            _space.ReserveOpen = true;
            try
            {
                if (_chunk.IsOpen)
                {
                    CloseOpenChunk();
                }

                if (_recording)
                {
                    FinishClip(nowMs, Manifest.ManifestFormat.CardFullCause);
                }
            }
            finally
            {
                _space.ReserveOpen = false;
            }

            _cardFull = true;
            _audit?.Append(nowMs, AuditEvents.CardFault, "full used=" + _space.UsedBytes.ToString() + " capacity=" + _space.CapacityBytes.ToString());
            _events?.CardFull(nowMs);
        }

        private void OnCardFault(long nowMs, CardException fault)
        {
            _pendingHash.Drop();
            _chunk.Abandon();
            _manifest.Abandon();
            _faulted = true;
            _recording = false;
            _audit?.Append(nowMs, AuditEvents.CardFault, "fault " + CardFaultNames.Name(fault.Fault) + " path=" + fault.Path);
            _events?.CardFault(nowMs, fault.Fault);
        }

        private int Guarded(long nowMs, CardWork work)
        {
            if (_faulted)
            {
                return 0;
            }

            try
            {
                return work();
            }
            catch (CardException fault)
            {
                OnCardFault(nowMs, fault);
                return 0;
            }
        }
    }
}
