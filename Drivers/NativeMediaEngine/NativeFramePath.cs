using System;
using System.Threading;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.NativeMediaEngine
{
    /// <summary>
    /// The device's per-frame path (<see cref="IFramePath"/>) over the native media part: camera, microphone and
    /// chunk writing run in C inside the image, fed by their own tasks; this class only forwards the store's
    /// per-segment and per-chunk commands and turns the native event queue into <see cref="IFramePathEvents"/>
    /// calls on the loop's thread. Nothing per frame passes through here, and nothing allocates after construction.
    /// </summary>
    public sealed class NativeFramePath : IFramePath
    {
        /// <summary>
        /// Longest wait for the native side to apply a settle (the rest of a chunk's read-back: about 4 s for a
        /// 10 s SVGA chunk on a 1-bit card, hardware/device-budget.md); the loop's watchdog fires at 10 s.
        /// </summary>
        public const int SettleTimeoutMs = 8000;

        private const int SettlePollMs = 5;

        // The commands Send forwards.
        private const int Mute = 0;
        private const int Close = 1;
        private const int SettleHash = 2;
        private const int GiveUp = 3;

        private readonly INativeMediaPort _port;
        private readonly long _maxChunkBytes;
        private readonly int _settleTimeoutMs;
        private readonly ChunkRecord _record = new ChunkRecord();

        private IFramePathEvents _events;
        private int _commandsSent;
        private bool _draining;
        private bool _faulted;

        /// <summary>
        /// Drives <paramref name="port"/>; <paramref name="maxChunkBytes"/> is what one chunk of the native
        /// format can take (MediaSettings' bound for the largest frame and the audio rate).
        /// </summary>
        public NativeFramePath(INativeMediaPort port, long maxChunkBytes)
            : this(port, maxChunkBytes, SettleTimeoutMs)
        {
        }

        /// <summary>As above, giving up a settle after <paramref name="settleTimeoutMs"/> (tests use a short one).</summary>
        public NativeFramePath(INativeMediaPort port, long maxChunkBytes, int settleTimeoutMs)
        {
            if (port == null)
            {
                throw new ArgumentNullException(nameof(port));
            }

            _port = port;
            _maxChunkBytes = maxChunkBytes;
            _settleTimeoutMs = settleTimeoutMs;
            _record.Sha256 = new byte[32];
        }

        /// <inheritdoc />
        public long MaxChunkBytes
        {
            get { return _maxChunkBytes; }
        }

        /// <inheritdoc />
        public void Attach(IFramePathEvents events)
        {
            _events = events;
        }

        /// <inheritdoc />
        public void Pump(long nowMs)
        {
            _port.Poll(nowMs);
            Drain(nowMs);
        }

        /// <inheritdoc />
        public void Begin(long nowMs, string directory, int firstSequence, bool withAudio)
        {
            Drain(nowMs);
            _faulted = false;
            try
            {
                _port.Begin(nowMs, directory, firstSequence, withAudio);
                _commandsSent++;
            }
            catch (InvalidOperationException)
            {
                Fail(nowMs, directory);
            }
        }

        /// <inheritdoc />
        public void SetMuted(long nowMs, bool muted)
        {
            Send(nowMs, Mute, muted);
        }

        /// <inheritdoc />
        public void CloseChunk(long nowMs, bool endSegment)
        {
            Send(nowMs, Close, endSegment);
        }

        /// <inheritdoc />
        public void Settle(long nowMs)
        {
            if (!Send(nowMs, SettleHash, false))
            {
                return;
            }

            // The ESP32 applies a command in its recorder task: wait until it did, so the chunk's record is
            // reported before this returns, as the interface promises.
            int waited = 0;
            while (_port.CommandsApplied - _commandsSent < 0)
            {
                if (waited >= _settleTimeoutMs)
                {
                    Fail(nowMs, string.Empty);
                    return;
                }

                Thread.Sleep(SettlePollMs);
                waited += SettlePollMs;
            }

            Drain(nowMs);
        }

        /// <inheritdoc />
        public void Abandon(long nowMs)
        {
            Send(nowMs, GiveUp, false);
            _faulted = true;
        }

        // One command to the port; a port that refuses it (its queue is full, it was stopped) is a fault of the
        // path, reported like a card's: the interface never throws for trouble below it.
        private bool Send(long nowMs, int command, bool flag)
        {
            Drain(nowMs);
            if (_faulted && command != GiveUp)
            {
                return false;
            }

            try
            {
                switch (command)
                {
                    case Mute:
                        _port.SetMuted(nowMs, flag);
                        break;
                    case Close:
                        _port.CloseChunk(nowMs, flag);
                        break;
                    case SettleHash:
                        _port.Settle(nowMs);
                        break;
                    default:
                        _port.Abandon(nowMs);
                        break;
                }

                _commandsSent++;
            }
            catch (InvalidOperationException)
            {
                if (command != GiveUp)
                {
                    Fail(nowMs, string.Empty);
                }

                return false;
            }

            Drain(nowMs);
            return true;
        }

        // Every waiting event, in order. A handler may call the commands, which drain too: the inner call returns
        // at once and this loop goes on, so events keep their order and the reused record is never overwritten
        // while a handler holds it.
        private void Drain(long nowMs)
        {
            if (_draining)
            {
                return;
            }

            _draining = true;
            try
            {
                int kind;
                string path;
                int fault;
                while (_port.TryTakeEvent(_record, out kind, out path, out fault))
                {
                    Report(nowMs, kind, path, fault);
                }
            }
            finally
            {
                _draining = false;
            }
        }

        private void Report(long nowMs, int kind, string path, int fault)
        {
            if (kind == NativeEventKind.Faulted)
            {
                _faulted = true;
                if (_events != null)
                {
                    _events.Faulted(nowMs, FaultOf(fault), path);
                }

                return;
            }

            if (_events == null || _faulted)
            {
                return;
            }

            if (kind == NativeEventKind.Opened)
            {
                _events.ChunkOpened(_record.Name, _record.FirstFrameMs);
            }
            else if (kind == NativeEventKind.Closed)
            {
                _events.ChunkClosed(path, _record);
            }
        }

        // The path itself failed (a refused command, a settle that never came): stop the native side writing, as
        // after a card fault, and report it once.
        private void Fail(long nowMs, string path)
        {
            if (_faulted)
            {
                return;
            }

            _faulted = true;
            try
            {
                _port.Abandon(nowMs);
                _commandsSent++;
            }
            catch (InvalidOperationException)
            {
                // Refused as well: nothing more to tell it.
            }

            if (_events != null)
            {
                _events.Faulted(nowMs, CardFault.WriteError, path);
            }
        }

        /// <summary>The store's fault for a native result: full and removed as such, anything else a write error.</summary>
        public static CardFault FaultOf(int nativeResult)
        {
            switch (nativeResult)
            {
                case NativeEventKind.CardFullResult:
                    return CardFault.Full;
                case NativeEventKind.CardRemovedResult:
                    return CardFault.Removed;
                default:
                    return CardFault.WriteError;
            }
        }
    }
}
