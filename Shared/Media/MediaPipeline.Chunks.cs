using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Media
{
    /// <summary>Work on the card that a fault may interrupt (commands wrap it; see <c>Guarded</c>).</summary>
    internal delegate int CardWork();

    /// <content>The path's reports, once per chunk: chunk lines, the ring, the space held per chunk, faults.</content>
    public sealed partial class MediaPipeline
    {
        private const string RingPrefix = CardLayout.RingDirectory + "/";

        // Unwinds guarded work after a fault that was handled where it happened (inside a report).
        private static readonly CardException s_handled = new CardException(CardFault.WriteError, string.Empty);

        /// <summary>
        /// Lets the path move everything captured up to <paramref name="nowMs"/>: into the ring while buffering,
        /// into the clip while recording, nowhere otherwise. A clip reaching its length limit rolls over exactly
        /// at the limit: frames before it stay in the old clip, the rest go to the new one.
        /// </summary>
        public void Pump(long nowMs)
        {
            while (_recording && !_faulted && nowMs - _clip.StartMs >= _settings.MaxClipMs)
            {
                long limitMs = _clip.StartMs + _settings.MaxClipMs;
                _engine.Pump(limitMs - 1);
                TakeEngineFault();
                if (!_recording || _faulted)
                {
                    break;
                }

                Guarded(limitMs, () =>
                {
                    Rollover(limitMs);
                    return 0;
                });
            }

            _engine.Pump(nowMs);
            TakeEngineFault();
        }

        void IFramePathEvents.ChunkOpened(string name, long firstFrameMs)
        {
            if (_segment == ClipSegment)
            {
                _clip.Chunks++;
                Guarded(firstFrameMs, () =>
                {
                    _manifest.WriteChunkOpen(name, firstFrameMs);
                    return 0;
                });
            }
            else if (_segment == RingSegment)
            {
                _nextRing++;
            }

            if (_segment == NoSegment || _faulted)
            {
                return;
            }

            // The chunk's room is held from its opening: the path writes it without asking again.
            Guarded(firstFrameMs, () =>
            {
                if (EnsureRoom(_chunkSpace.HoldBytes, firstFrameMs))
                {
                    _chunkSpace.Hold();
                }
                else
                {
                    OnCardFull(firstFrameMs);
                }

                return 0;
            });
        }

        void IFramePathEvents.ChunkClosed(string path, ChunkRecord record)
        {
            _chunkSpace.Settle(record.Bytes);
            if (path.StartsWith(RingPrefix))
            {
                RingChunk closed = _ring.Rent();
                closed.Path = path;
                closed.Record.CopyFrom(record);
                closed.Record.PreEvent = true;
                closed.Record.From = null;
                closed.Record.Recovered = false;
                _ring.Add(closed);

                // Trimming never drops the newest chunk, the one just added.
                Guarded(record.LastFrameMs, () =>
                {
                    _ring.Trim(_card, _settings.PreEventMs, 1000 / _settings.FramesPerSecond);
                    return 0;
                });
                return;
            }

            record.PreEvent = false;
            record.From = null;
            record.Recovered = false;
            if (!_recording || _faulted)
            {
                return;
            }

            Guarded(record.LastFrameMs, () =>
            {
                _manifest.WriteChunk(record);
                return 0;
            });
            if (!_faulted)
            {
                _events?.ChunkClosed(_clip.Sequence, record);
            }
        }

        void IFramePathEvents.Faulted(long nowMs, CardFault fault, string path)
        {
            _engineFault = new CardException(fault, path);
            _engineFaultMs = nowMs;
        }

        /// <summary>
        /// Inside guarded work, after a call into the path: a fault it reported, or one a report's own card work
        /// met (already handled), unwinds the work.
        /// </summary>
        private void CheckEngine()
        {
            CardException fault = _engineFault;
            if (fault != null)
            {
                throw fault;
            }

            if (_faulted)
            {
                throw s_handled;
            }
        }

        /// <summary>Outside guarded work, after a call into the path: a fault it reported is handled now.</summary>
        private void TakeEngineFault()
        {
            CardException fault = _engineFault;
            if (fault != null)
            {
                if (_faulted)
                {
                    _engineFault = null;
                    return;
                }

                OnCardFault(_engineFaultMs, fault);
            }
        }

        /// <summary>Closes the open chunk at <paramref name="nowMs"/> and ends the segment: nothing more is recorded until the next one.</summary>
        private void EndSegment(long nowMs)
        {
            _segment = NoSegment;
            _engine.CloseChunk(nowMs, true);
        }

        /// <summary>The ring yields first, then synced clips oldest first; false when the bytes still do not fit.</summary>
        private bool EnsureRoom(long bytes, long nowMs)
        {
            if (_space.HasRoomFor(bytes))
            {
                return true;
            }

            if (_segment == RingSegment)
            {
                // The ring chunk being hashed may be the one to go.
                _engine.Settle(nowMs);
                CheckEngine();
            }

            while (!_space.HasRoomFor(bytes) && _ring.DropOldest(_card))
            {
            }

            return _space.HasRoomFor(bytes) || _retention.MakeRoom(bytes, _recording ? _clip.Sequence : 0, nowMs);
        }

        private void OnCardFull(long nowMs)
        {
            _space.ReserveOpen = true;
            try
            {
                if (_segment != NoSegment)
                {
                    EndSegment(nowMs);
                    CheckEngine();
                }

                if (_recording)
                {
                    FinishClip(nowMs, ManifestFormat.CardFullCause);
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
            _engineFault = null;
            _engine.Abandon(nowMs);
            _chunkSpace.Forget();
            _manifest.Abandon();
            _segment = NoSegment;
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
                if (!_faulted)
                {
                    OnCardFault(nowMs, fault);
                }

                return 0;
            }
        }
    }
}
