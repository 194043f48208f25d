using System;
using System.Diagnostics;
using BwcFirmware.NativeMedia;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.NativeMediaEngine
{
    /// <summary>
    /// The port over the interop assembly: each call goes to <see cref="NativeMediaRecorder"/> as it is. Each closed
    /// chunk also puts the native counters on the debug output, once per chunk (what a bench reads first).
    /// </summary>
    public sealed class InteropPort : INativeMediaPort
    {
        private readonly NativeMediaRecorder _recorder;
        private readonly NativeChunk _chunk = new NativeChunk();
        private readonly NativeMediaStatus _status = new NativeMediaStatus();

        /// <summary>Drives <paramref name="recorder"/> (started).</summary>
        public InteropPort(NativeMediaRecorder recorder)
        {
            if (recorder == null)
            {
                throw new ArgumentNullException(nameof(recorder));
            }

            _recorder = recorder;
        }

        /// <inheritdoc />
        public int CommandsApplied
        {
            get
            {
                _recorder.ReadStatus(_status);
                return _status.CommandsApplied;
            }
        }

        /// <inheritdoc />
        public void Begin(long nowMs, string directory, int firstSequence, bool withAudio)
        {
            _recorder.Begin(nowMs, directory, firstSequence, withAudio);
        }

        /// <inheritdoc />
        public void SetMuted(long nowMs, bool muted)
        {
            _recorder.SetMuted(nowMs, muted);
        }

        /// <inheritdoc />
        public void CloseChunk(long nowMs, bool endSegment)
        {
            _recorder.CloseChunk(nowMs, endSegment);
        }

        /// <inheritdoc />
        public void Settle(long nowMs)
        {
            _recorder.Settle(nowMs);
        }

        /// <inheritdoc />
        public void Abandon(long nowMs)
        {
            _recorder.Abandon(nowMs);
        }

        /// <inheritdoc />
        public void Poll(long nowMs)
        {
            _recorder.Poll(nowMs);
        }

        /// <inheritdoc />
        public bool TryTakeEvent(ChunkRecord record, out int kind, out string path, out int fault)
        {
            kind = NativeEventKind.Opened;
            path = null;
            fault = 0;
            if (!_recorder.TryTakeEvent(_chunk))
            {
                return false;
            }

            kind = _chunk.Fault != 0 ? NativeEventKind.Faulted : _chunk.Closed ? NativeEventKind.Closed : NativeEventKind.Opened;
            path = _chunk.Path;
            fault = _chunk.Fault;
            record.Name = _chunk.Name;
            record.Bytes = _chunk.Bytes;
            record.Frames = _chunk.Frames;
            record.AudioBytes = _chunk.AudioBytes;
            record.FirstFrameMs = _chunk.FirstFrameMs;
            record.LastFrameMs = _chunk.LastFrameMs;
            Array.Copy(_chunk.Sha256, record.Sha256, _chunk.Sha256.Length);
            if (kind == NativeEventKind.Closed)
            {
                _recorder.ReadStatus(_status);
                Debug.WriteLine("bwc: native media: " + _chunk.Path + " recorded=" + _status.FramesRecorded.ToString()
                    + " dropped=" + _status.FramesDropped.ToString() + " idle=" + _status.FramesIdle.ToString()
                    + " audio-overruns=" + _status.AudioOverruns.ToString());
            }

            return true;
        }
    }
}
