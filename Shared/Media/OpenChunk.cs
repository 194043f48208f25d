using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media.Avi;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// The chunk being written: its file, its AVI writer and the flush policy. Closing finishes the AVI and
    /// closes the file; the frame path then has it hashed as it stands on the card (the header patch must be
    /// covered, so the hash cannot be taken while writing).
    /// </summary>
    internal sealed class OpenChunk
    {
        private AviChunkWriter _writer;
        private ICardFile _file;
        private long _lastFlushMs;

        public bool IsOpen => _file != null;

        public string Path { get; private set; }

        public string Name { get; private set; }

        public bool HasAudio => _writer != null && _writer.Format.HasAudio;

        public int Frames => _writer == null ? 0 : _writer.VideoFrames;

        public long FirstFrameMs { get; private set; }

        public bool CanTakeFrame => _writer.CanWriteVideoFrame;

        public bool CanTakeAudio => _writer.CanWriteAudio;

        /// <summary>Bytes written to the open chunk so far.</summary>
        public long Length => _writer.Length;

        /// <summary>Creates the file and writes the AVI header (not yet flushed: the first flush follows within the interval).</summary>
        public void Open(ICardFileSystem card, AviChunkWriter writer, string path, string name, long firstFrameMs)
        {
            _file = card.Create(path);
            _writer = writer;
            Path = path;
            Name = name;
            FirstFrameMs = firstFrameMs;
            _lastFlushMs = firstFrameMs;
            writer.Begin(_file);
        }

        public void WriteFrame(byte[] frame, int length, long captureMs)
        {
            _writer.WriteVideoFrame(frame, 0, length, captureMs);
        }

        public void WriteAudio(byte[] samples, int length)
        {
            _writer.WriteAudio(samples, 0, length);
        }

        /// <summary>Flushes when <paramref name="captureMs"/> is an interval past the last flush, bounding what a cut can take.</summary>
        public void FlushIfDue(long captureMs, long intervalMs)
        {
            if (captureMs - _lastFlushMs >= intervalMs)
            {
                _file.Flush();
                _lastFlushMs = captureMs;
            }
        }

        /// <summary>Finishes the AVI, closes the file and fills <paramref name="record"/> with the durable result, all but its hash.</summary>
        public void Close(ChunkRecord record)
        {
            long length = _writer.Finish();
            record.Name = Name;
            record.Bytes = length;
            record.Frames = _writer.VideoFrames;
            record.AudioBytes = _writer.AudioSamples * 2;
            record.FirstFrameMs = _writer.FirstFrameTimeMs;
            record.LastFrameMs = _writer.LastFrameTimeMs;
            record.PreEvent = false;
            record.From = null;
            record.Recovered = false;
            ICardFile file = _file;
            _file = null;
            file.Dispose();
        }

        /// <summary>Drops the chunk after a card fault: the file stays as the card has it, for boot recovery.</summary>
        public void Abandon()
        {
            ICardFile file = _file;
            _file = null;
            _writer?.Abandon();
            if (file == null)
            {
                return;
            }

            try
            {
                file.Dispose();
            }
            catch (CardException)
            {
                // The card is gone or failing: what it holds is for recovery to judge.
            }
        }
    }
}
