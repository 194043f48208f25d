using System;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>
    /// Writes one chunk: a self-contained AVI (RIFF, MJPEG video, optional 16-bit mono PCM) through an
    /// <see cref="ICardFile"/>. The header goes out at <see cref="Begin"/> with zero sizes; each frame is an
    /// 8-byte chunk header plus the caller's buffer in one write; <see cref="Finish"/> appends idx1 and patches
    /// the header. Every buffer is allocated in the constructor, so a writer reused chunk after chunk allocates
    /// nothing and never touches frame bytes one by one.
    /// </summary>
    /// <remarks>
    /// Timing: AVI plays video at one constant rate, the configured fps, which is what players expect. Frames
    /// written with their capture time are placed on that constant-rate timeline; where the camera skipped
    /// slots (a late or dropped frame) empty "00dc" chunks hold the slot, so the chunk lasts as long as the
    /// camera ran and stays in step with the audio. Players show the previous picture for an empty slot.
    /// </remarks>
    public sealed class AviChunkWriter
    {
        private readonly AviFormat _format;
        private readonly AviHeaderLayout _layout = new AviHeaderLayout();
        private readonly byte[] _header;
        private readonly byte[] _index;
        private readonly byte[] _chunkHeader = new byte[1 + AviConstants.ChunkHeaderBytes];

        private ICardFile _file;
        private long _position;
        private bool _padPending;
        private int _indexEntries;
        private int _timelineFrames;
        private int _videoFrames;
        private int _audioChunks;
        private long _audioBytes;
        private long _firstFrameTimeMs;
        private long _lastFrameTimeMs;
        private bool _failed;

        /// <summary>Creates a writer for chunks of <paramref name="format"/>, allocating all its buffers now.</summary>
        public AviChunkWriter(AviFormat format)
        {
            if (format == null)
            {
                throw new ArgumentNullException(nameof(format));
            }

            _format = format;
            _header = new byte[AviHeaderComposer.SizeOf(format)];
            int entries = format.MaxVideoFrames + (format.HasAudio ? format.MaxAudioChunks : 0);
            _index = new byte[entries * AviConstants.IndexEntryBytes];
        }

        /// <summary>The format of every chunk this writer writes.</summary>
        public AviFormat Format
        {
            get { return _format; }
        }

        /// <summary>True between <see cref="Begin"/> and <see cref="Finish"/>.</summary>
        public bool IsOpen
        {
            get { return _file != null; }
        }

        /// <summary>Frames with picture data in the open (or last) chunk.</summary>
        public int VideoFrames
        {
            get { return _videoFrames; }
        }

        /// <summary>Frame slots on the constant-rate timeline: frames plus empty slots held for skipped frames.</summary>
        public int TimelineFrames
        {
            get { return _timelineFrames; }
        }

        /// <summary>Empty slots held for frames the camera did not deliver in time.</summary>
        public int SkippedFrameSlots
        {
            get { return _timelineFrames - _videoFrames; }
        }

        /// <summary>Audio chunks written.</summary>
        public int AudioChunks
        {
            get { return _audioChunks; }
        }

        /// <summary>Audio samples written.</summary>
        public long AudioSamples
        {
            get { return _audioBytes / 2; }
        }

        /// <summary>PCM bytes written.</summary>
        public long AudioBytes
        {
            get { return _audioBytes; }
        }

        /// <summary>Play time of the video at the configured rate, in milliseconds.</summary>
        public long DurationMs
        {
            get { return ((long)_timelineFrames * 1000) / _format.FramesPerSecond; }
        }

        /// <summary>Capture time of the first frame written with a time (the chunk's timeline origin), else 0.</summary>
        public long FirstFrameTimeMs
        {
            get { return _firstFrameTimeMs; }
        }

        /// <summary>Capture time of the last frame written with a time, else 0.</summary>
        public long LastFrameTimeMs
        {
            get { return _lastFrameTimeMs; }
        }

        /// <summary>Bytes in the file so far (after <see cref="Finish"/>: its final length).</summary>
        public long Length
        {
            get { return _position + (_padPending ? 1 : 0); }
        }

        /// <summary>True while another video frame fits in this chunk's index.</summary>
        public bool CanWriteVideoFrame
        {
            get { return _timelineFrames < _format.MaxVideoFrames; }
        }

        /// <summary>True while another audio chunk fits in this chunk's index.</summary>
        public bool CanWriteAudio
        {
            get { return _format.HasAudio && _audioChunks < _format.MaxAudioChunks; }
        }

        /// <summary>Starts a chunk in <paramref name="file"/> (new and empty): writes the header with zero sizes.</summary>
        public void Begin(ICardFile file)
        {
            if (file == null)
            {
                throw new ArgumentNullException(nameof(file));
            }

            if (_file != null)
            {
                throw new InvalidOperationException("chunk open");
            }

            if (file.Length != 0)
            {
                throw new ArgumentException("file not empty");
            }

            _position = 0;
            _padPending = false;
            _indexEntries = 0;
            _timelineFrames = 0;
            _videoFrames = 0;
            _audioChunks = 0;
            _audioBytes = 0;
            _firstFrameTimeMs = 0;
            _lastFrameTimeMs = 0;
            _failed = false;

            AviHeaderComposer.Compose(_format, _header, _layout);
            _layout.Patch(_header, _header.Length, _header.Length, 0, 0, false);
            _file = file;
            Put(_header, 0, _header.Length);
        }

        /// <summary>Appends one JPEG frame in the next slot of the timeline.</summary>
        public void WriteVideoFrame(byte[] frame, int offset, int count)
        {
            CheckVideoFrame(frame, offset, count);
            AppendVideoFrame(frame, offset, count);
        }

        /// <summary>
        /// Appends one JPEG frame captured at <paramref name="captureTimeMs"/>: the chunk's first frame sets the
        /// timeline's origin; a later frame goes to the slot nearest its capture time, after empty slots for any
        /// frames the camera skipped (as many as the index has room for). A frame early for its slot takes the
        /// next free one: frames are never reordered or dropped here.
        /// </summary>
        public void WriteVideoFrame(byte[] frame, int offset, int count, long captureTimeMs)
        {
            CheckVideoFrame(frame, offset, count);

            if (_timelineFrames == 0)
            {
                _firstFrameTimeMs = captureTimeMs;
            }
            else
            {
                long elapsedMs = captureTimeMs - _firstFrameTimeMs;
                long slot = elapsedMs <= 0 ? 0 : ((elapsedMs * _format.FramesPerSecond * 2) + 1000) / 2000;
                long room = _format.MaxVideoFrames - _timelineFrames - 1;
                long skipped = slot - _timelineFrames;
                if (skipped > room)
                {
                    skipped = room;
                }

                for (long i = 0; i < skipped; i++)
                {
                    WriteChunk(AviConstants.VideoChunk, _chunkHeader, 0, 0, 0);
                    _timelineFrames++;
                }
            }

            AppendVideoFrame(frame, offset, count);
            _lastFrameTimeMs = captureTimeMs;
        }

        /// <summary>Appends one chunk of PCM samples (16-bit little-endian mono, a whole number of samples).</summary>
        public void WriteAudio(byte[] samples, int offset, int count)
        {
            CheckOpen();
            if (!_format.HasAudio)
            {
                throw new InvalidOperationException("no audio stream");
            }

            CheckRange(samples, offset, count, _format.MaxAudioChunkBytes);
            if (count == 0 || (count & 1) != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            if (!CanWriteAudio)
            {
                throw new InvalidOperationException("avi index full");
            }

            WriteChunk(AviConstants.AudioChunk, samples, offset, count, AviConstants.AviifKeyFrame);
            _audioChunks++;
            _audioBytes += count;
        }

        /// <summary>
        /// Closes the chunk: appends idx1, flushes, patches the header's sizes and counts, flushes again (the
        /// header patch is the commit point: until it is on the card, repair treats the chunk as unclosed).
        /// The caller still owns and disposes the file. Returns the file's final length.
        /// </summary>
        public long Finish()
        {
            CheckOpen();
            int h = StartChunkHeader(AviConstants.Idx1, _indexEntries * AviConstants.IndexEntryBytes);
            long idx1Position = _position + h - AviConstants.ChunkHeaderBytes;
            Put(_chunkHeader, 0, h);
            if (_indexEntries > 0)
            {
                Put(_index, 0, _indexEntries * AviConstants.IndexEntryBytes);
            }

            _padPending = false;
            _file.Flush();

            _layout.Patch(_header, _position, idx1Position, _timelineFrames, AudioSamples, true);
            try
            {
                _file.WriteAt(0, _header, 0, _header.Length);
                _file.Flush();
            }
            catch
            {
                _failed = true;
                throw;
            }

            _file = null;
            return _position;
        }

        /// <summary>Forgets the open chunk without closing it (after a card fault); the file is left for repair.</summary>
        public void Abandon()
        {
            _file = null;
        }

        private void WriteChunk(uint chunkId, byte[] data, int offset, int count, uint indexFlags)
        {
            int h = StartChunkHeader(chunkId, count);
            long chunkPosition = _position + h - AviConstants.ChunkHeaderBytes;
            Put(_chunkHeader, 0, h);
            if (count > 0)
            {
                Put(data, offset, count);
            }

            _padPending = (count & 1) != 0;

            int at = _indexEntries * AviConstants.IndexEntryBytes;
            LittleEndian.PutUInt32(_index, at, chunkId);
            LittleEndian.PutUInt32(_index, at + 4, indexFlags);
            LittleEndian.PutUInt32(_index, at + 8, (uint)(chunkPosition - _layout.MoviFourccPosition));
            LittleEndian.PutUInt32(_index, at + 12, (uint)count);
            _indexEntries++;
        }

        /// <summary>
        /// Composes a chunk header, preceded by the previous chunk's pad byte when one is owed, so an odd-sized
        /// frame costs no extra write. Returns the bytes to write.
        /// </summary>
        private int StartChunkHeader(uint chunkId, int size)
        {
            int h = 0;
            if (_padPending)
            {
                _chunkHeader[0] = 0;
                h = 1;
            }

            LittleEndian.PutUInt32(_chunkHeader, h, chunkId);
            LittleEndian.PutUInt32(_chunkHeader, h + 4, (uint)size);
            return h + AviConstants.ChunkHeaderBytes;
        }

        private void Put(byte[] buffer, int offset, int count)
        {
            try
            {
                _file.Write(buffer, offset, count);
            }
            catch
            {
                _failed = true;
                throw;
            }

            _position += count;
        }

        /// <summary>What both frame writes check once: an open chunk, a frame that fits, room in the index.</summary>
        private void CheckVideoFrame(byte[] frame, int offset, int count)
        {
            CheckOpen();
            CheckRange(frame, offset, count, _format.MaxVideoFrameBytes);
            if (count == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            if (!CanWriteVideoFrame)
            {
                throw new InvalidOperationException("avi index full");
            }
        }

        /// <summary>Writes a checked frame into the next slot.</summary>
        private void AppendVideoFrame(byte[] frame, int offset, int count)
        {
            WriteChunk(AviConstants.VideoChunk, frame, offset, count, AviConstants.AviifKeyFrame);
            _timelineFrames++;
            _videoFrames++;
        }

        private void CheckOpen()
        {
            if (_file == null)
            {
                throw new InvalidOperationException("no chunk open");
            }

            if (_failed)
            {
                throw new InvalidOperationException("chunk failed");
            }

            if (_position > AviConstants.MaxFileBytes)
            {
                throw new InvalidOperationException("chunk too long");
            }
        }

        private static void CheckRange(byte[] buffer, int offset, int count, int maxCount)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count || count > maxCount)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }
        }
    }
}
