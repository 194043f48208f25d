using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Drivers.Host.NativeMedia
{
    /// <summary>
    /// The simulator's native <see cref="IFramePath"/>: the C per-frame path (nm_recorder.h, libnativemedia_host)
    /// through P/Invoke. In <see cref="Pump"/> the simulated camera and microphone push into it as the ESP32's
    /// camera and I2S tasks do (the PCM captured up to a frame, then the frame); the chunks go to the same
    /// <see cref="ICardFileSystem"/> the managed engine would write, through <see cref="NativeCardBridge"/>, and its
    /// chunk reports come back as <see cref="IFramePathEvents"/>. Frame and audio calls pin reused buffers.
    /// </summary>
    public sealed unsafe class NativeFramePath : IFramePath, IDisposable
    {
        // PCM held natively between frames: whole audio chunks, so an early move splits it as reads would.
        private const int AudioChunksHeld = 8;
        private const int ReadBackBytes = 16384;
        private const int NameBytes = 16;
        private const int PathBytes = 160;

        private readonly IFrameSource _frames;
        private readonly IAudioSource _audio;
        private readonly long _maxChunkBytes;
        private readonly byte[] _frame;
        private readonly byte[] _samples;
        private readonly NativeCardBridge _card;
        private readonly FramePathEventQueue _events = new FramePathEventQueue();
        private readonly ChunkRecord[] _records = new ChunkRecord[4];
        private GCHandle _self;
        private IntPtr _handle;
        private bool _segment;
        private int _nextRecord;

        /// <summary>
        /// An engine recording as <paramref name="settings"/> say onto <paramref name="card"/> (the raw card) from
        /// <paramref name="frames"/> and <paramref name="audio"/> (null: video only). Throws
        /// <see cref="InvalidOperationException"/> (one line, with the fix) when libnativemedia_host cannot load.
        /// </summary>
        public NativeFramePath(MediaSettings settings, ICardFileSystem card, IFrameSource frames, IAudioSource audio)
        {
            ArgumentNullException.ThrowIfNull(settings);
            ArgumentNullException.ThrowIfNull(card);
            ArgumentNullException.ThrowIfNull(frames);
            settings.Validate();
            NativeMethods.EnsureLoaded();
            _frames = frames;
            _audio = audio;
            _maxChunkBytes = settings.MaxChunkBytes(frames.MaxFrameBytes, audio == null ? 0 : audio.SampleRateHz);
            _frame = new byte[frames.MaxFrameBytes];
            _samples = new byte[settings.MaxAudioChunkBytes];
            for (int i = 0; i < _records.Length; i++)
            {
                _records[i] = new ChunkRecord { Sha256 = new byte[32] };
            }

            _card = new NativeCardBridge(card, Math.Max(frames.MaxFrameBytes, 64 * 1024));
            _self = GCHandle.Alloc(this);
            var config = new NativeRecorderConfig
            {
                Format = new NativeAviFormat
                {
                    Width = (uint)settings.FrameWidth,
                    Height = (uint)settings.FrameHeight,
                    FramesPerSecond = (uint)settings.FramesPerSecond,
                    MaxVideoFrames = (uint)settings.MaxFramesPerChunk,
                    MaxVideoFrameBytes = (uint)frames.MaxFrameBytes,
                    AudioRateHz = audio == null ? 0 : (uint)audio.SampleRateHz,
                    MaxAudioChunks = audio == null ? 0 : (uint)settings.MaxAudioChunksPerChunk,
                    MaxAudioChunkBytes = audio == null ? 0 : (uint)settings.MaxAudioChunkBytes,
                },
                ChunkMs = (uint)settings.ChunkMs,
                FlushIntervalMs = (uint)settings.FlushIntervalMs,
            };
            var events = new NativeRecorderEvents
            {
                ChunkOpened = (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, byte*, long, void>)&OnChunkOpened,
                ChunkClosed = (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, NativeChunkRecordData*, void>)&OnChunkClosed,
                Context = GCHandle.ToIntPtr(_self),
            };
            _handle = NativeMethods.nm_host_recorder_create_on(NativeCardBridge.Ops, _card.Context, &events, in config, AudioChunksHeld * settings.MaxAudioChunkBytes, ReadBackBytes);
            if (_handle == IntPtr.Zero)
            {
                Dispose();
                throw new InvalidOperationException("native media: the recorder refused the settings");
            }
        }

        /// <inheritdoc />
        public long MaxChunkBytes => _maxChunkBytes;

        /// <inheritdoc />
        public void Attach(IFramePathEvents events)
        {
            _events.Attach(events);
        }

        /// <inheritdoc />
        public void Pump(long nowMs)
        {
            int length;
            long captureMs;
            while (_frames.TryReadFrame(nowMs, _frame, out length, out captureMs))
            {
                if (!_segment)
                {
                    DropAudio(captureMs);
                    continue;
                }

                // The I2S task's buffers up to the frame's capture time, then the camera's frame.
                int result = PushAudio(captureMs);
                if (result == 0)
                {
                    _card.ClearFault();
                    fixed (byte* frame = _frame)
                    {
                        result = NativeMethods.nm_host_recorder_frame(Handle, frame, length, captureMs);
                    }
                }

                Check(captureMs, result, "frame");
                _events.Deliver();
            }
        }

        /// <inheritdoc />
        public void Begin(long nowMs, string directory, int firstSequence, bool withAudio)
        {
            int result = NativeMethods.nm_host_recorder_begin(Handle, directory, (uint)firstSequence, withAudio && _audio != null ? 1 : 0);
            if (result != 0)
            {
                throw new InvalidOperationException("native media: begin: " + (NativeResult)result);
            }

            _segment = true;
        }

        /// <inheritdoc />
        public void SetMuted(long nowMs, bool muted)
        {
            // The PCM captured up to the switch goes in with the old state.
            int result = PushAudio(nowMs);
            if (result == 0)
            {
                _card.ClearFault();
                result = NativeMethods.nm_host_recorder_set_muted(Handle, muted ? 1 : 0);
            }

            Check(nowMs, result, "mute");
            _events.Deliver();
        }

        /// <inheritdoc />
        public void CloseChunk(long nowMs, bool endSegment)
        {
            _card.ClearFault();
            Check(nowMs, NativeMethods.nm_host_recorder_close_chunk(Handle), "close");
            _segment = _segment && !endSegment;
            _events.Deliver();
        }

        /// <inheritdoc />
        public void Settle(long nowMs)
        {
            _card.ClearFault();
            Check(nowMs, NativeMethods.nm_host_recorder_settle(Handle), "settle");
            _events.Deliver();
        }

        /// <inheritdoc />
        public void Abandon(long nowMs)
        {
            NativeMethods.nm_host_recorder_abandon(Handle);
            _segment = false;
        }

        /// <summary>Releases the native recorder (a chunk still open is left as the card has it).</summary>
        public void Dispose()
        {
            if (_handle != IntPtr.Zero)
            {
                NativeMethods.nm_host_recorder_destroy(_handle);
                _handle = IntPtr.Zero;
            }

            if (_self.IsAllocated)
            {
                _self.Free();
            }

            _card.Dispose();
        }

        private IntPtr Handle => _handle != IntPtr.Zero ? _handle : throw new ObjectDisposedException(nameof(NativeFramePath));

        /// <summary>Reads the microphone up to <paramref name="untilMs"/> and pushes what it gives, read by read.</summary>
        private int PushAudio(long untilMs)
        {
            if (_audio == null)
            {
                return 0;
            }

            int read;
            while ((read = _audio.Read(untilMs, _samples, 0, _samples.Length)) > 0)
            {
                int result;
                _card.ClearFault();
                fixed (byte* pcm = _samples)
                {
                    result = NativeMethods.nm_host_recorder_audio(Handle, pcm, read);
                }

                if (result == (int)NativeResult.AudioOverrun)
                {
                    // No chunk open to take it yet and the buffer is full: the oldest PCM is lost, as on the device.
                    NativeMethods.nm_host_recorder_drop_audio(Handle);
                }
                else if (result != 0)
                {
                    return result;
                }
            }

            return 0;
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

        /// <summary>A card refusal becomes the fault report (the recorder has left the chunk as the card has it).</summary>
        private void Check(long nowMs, int result, string call)
        {
            if (result == 0)
            {
                return;
            }

            var native = (NativeResult)result;
            if (native == NativeResult.BadArgument || native == NativeResult.BadState || native == NativeResult.AudioOverrun)
            {
                throw new InvalidOperationException("native media: " + call + ": " + native);
            }

            CardException fault = _card.LastFault;
            _card.ClearFault();
            _segment = false;
            NativeMethods.nm_host_recorder_abandon(Handle);
            _events.Faulted(
                nowMs,
                fault != null ? fault.Fault : native == NativeResult.CardFull ? CardFault.Full : native == NativeResult.CardRemoved ? CardFault.Removed : CardFault.WriteError,
                fault != null ? fault.Path : string.Empty);
        }

        [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
        private static void OnChunkOpened(IntPtr context, byte* name, long firstFrameMs)
        {
            var engine = (NativeFramePath)GCHandle.FromIntPtr(context).Target!;
            engine._events.ChunkOpened(Marshal.PtrToStringUTF8((IntPtr)name) ?? string.Empty, firstFrameMs);
        }

        [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
        private static void OnChunkClosed(IntPtr context, NativeChunkRecordData* data)
        {
            var engine = (NativeFramePath)GCHandle.FromIntPtr(context).Target!;
            ChunkRecord record = engine._records[engine._nextRecord];
            engine._nextRecord = (engine._nextRecord + 1) % engine._records.Length;
            record.Name = Text(data->Name, NameBytes);
            record.Bytes = data->Bytes;
            record.Frames = (int)data->Frames;
            record.AudioBytes = data->AudioBytes;
            record.FirstFrameMs = data->FirstFrameMs;
            record.LastFrameMs = data->LastFrameMs;
            new ReadOnlySpan<byte>(data->Sha256, 32).CopyTo(record.Sha256);
            record.PreEvent = false;
            record.From = null;
            record.Recovered = false;
            engine._events.ChunkClosed(Text(data->Path, PathBytes), record);
        }

        private static string Text(byte* chars, int capacity)
        {
            var span = new ReadOnlySpan<byte>(chars, capacity);
            int end = span.IndexOf((byte)0);
            return Encoding.UTF8.GetString(end < 0 ? span : span.Slice(0, end));
        }
    }
}
