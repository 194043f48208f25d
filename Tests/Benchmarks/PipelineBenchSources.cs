using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.Benchmarks
{
    /// <summary>
    /// A camera handing out a 30 KiB frame at a fixed rate. Like a camera whose DMA fills the engine's buffer,
    /// it costs the engine no copy: the frame's bytes are placed once, and each frame only gets its number
    /// stamped into its first bytes (so no two frames on the card are alike).
    /// </summary>
    internal sealed class BenchFrames : IFrameSource
    {
        private readonly byte[] _frame;
        private readonly int _length;
        private readonly int _fps;
        private byte[] _filled;
        private long _next;

        public BenchFrames(byte[] source, int length, int fps)
        {
            _frame = source;
            _length = length;
            _fps = fps;
        }

        public int MaxFrameBytes => _length;

        public long CaptureTimeOf(long index) => index * 1000 / _fps;

        public bool TryReadFrame(long nowMs, byte[] buffer, out int length, out long captureTimeMs)
        {
            captureTimeMs = CaptureTimeOf(_next);
            if (captureTimeMs > nowMs)
            {
                length = 0;
                return false;
            }

            if (!ReferenceEquals(_filled, buffer))
            {
                Buffer.BlockCopy(_frame, 0, buffer, 0, _length);
                _filled = buffer;
            }

            BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(4), _next);
            length = _length;
            _next++;
            return true;
        }
    }

    /// <summary>A microphone delivering 16-bit mono PCM by the clock, without allocating.</summary>
    internal sealed class BenchAudio : IAudioSource
    {
        private long _next;

        public BenchAudio(int sampleRateHz)
        {
            SampleRateHz = sampleRateHz;
        }

        public int SampleRateHz { get; }

        public int Read(long nowMs, byte[] buffer, int offset, int count)
        {
            long captured = nowMs * SampleRateHz / 1000;
            long samples = Math.Min(captured - _next, count / 2);
            if (samples <= 0)
            {
                return 0;
            }

            Array.Fill(buffer, (byte)0x11, offset, (int)samples * 2);
            _next += samples;
            return (int)samples * 2;
        }
    }

    /// <summary>A chunk hasher that reads nothing and reports the length it was told: the write path alone.</summary>
    internal sealed class SkippedHash : BwcFirmware.Shared.Hashing.IFileHasher
    {
        private readonly ICardFileSystem _card;
        private string _path;

        public SkippedHash(ICardFileSystem card) => _card = card;

        public bool IsBusy => _path != null;

        public long HashedBytes { get; private set; }

        public void Start(string path) => _path = path;

        public bool TryFinish(long budgetBytes, byte[] digest, int offset)
        {
            Finish(digest, offset);
            return true;
        }

        public void Finish(byte[] digest, int offset)
        {
            Array.Clear(digest, offset, 32);
            HashedBytes = _card.GetLength(_path);
            _path = null;
        }

        public void Cancel() => _path = null;
    }

    internal enum StepKind
    {
        Create,
        Write,
        WriteAt,
        Flush,
        Close,
    }

    /// <summary>One write-side operation of the pipeline, to replay against raw FileStreams.</summary>
    internal readonly record struct WriteStep(StepKind Kind, int File, int Count, long Position);

    /// <summary>Passes everything to the card and notes every create, write (size), patch, flush and close.</summary>
    internal sealed class WriteRecorder : ICardFileSystem
    {
        private readonly ICardFileSystem _card;
        private int _files;

        public WriteRecorder(ICardFileSystem card)
        {
            _card = card;
        }

        public List<WriteStep> Steps { get; } = new();

        public bool FileExists(string path) => _card.FileExists(path);

        public bool DirectoryExists(string path) => _card.DirectoryExists(path);

        public void CreateDirectory(string path) => _card.CreateDirectory(path);

        public string[] ListFiles(string directory) => _card.ListFiles(directory);

        public string[] ListDirectories(string directory) => _card.ListDirectories(directory);

        public long GetLength(string path) => _card.GetLength(path);

        public ICardFile Create(string path)
        {
            int file = _files++;
            Steps.Add(new WriteStep(StepKind.Create, file, 0, 0));
            return new RecordedFile(this, _card.Create(path), file);
        }

        public ICardFile OpenAppend(string path)
        {
            throw new NotSupportedException("the benchmark's recording only creates files");
        }

        public int Read(string path, long position, byte[] buffer, int offset, int count) => _card.Read(path, position, buffer, offset, count);

        public void Rename(string fromPath, string toPath) => _card.Rename(fromPath, toPath);

        public void Delete(string path) => _card.Delete(path);

        public long GetFreeBytes() => _card.GetFreeBytes();

        private sealed class RecordedFile : ICardFile
        {
            private readonly WriteRecorder _owner;
            private readonly ICardFile _file;
            private readonly int _index;

            public RecordedFile(WriteRecorder owner, ICardFile file, int index)
            {
                _owner = owner;
                _file = file;
                _index = index;
            }

            public long Length => _file.Length;

            public void Write(byte[] buffer, int offset, int count)
            {
                _owner.Steps.Add(new WriteStep(StepKind.Write, _index, count, 0));
                _file.Write(buffer, offset, count);
            }

            public void WriteAt(long position, byte[] buffer, int offset, int count)
            {
                _owner.Steps.Add(new WriteStep(StepKind.WriteAt, _index, count, position));
                _file.WriteAt(position, buffer, offset, count);
            }

            public void Flush()
            {
                _owner.Steps.Add(new WriteStep(StepKind.Flush, _index, 0, 0));
                _file.Flush();
            }

            public void Dispose()
            {
                _owner.Steps.Add(new WriteStep(StepKind.Close, _index, 0, 0));
                _file.Dispose();
            }
        }
    }
}
