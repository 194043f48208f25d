using System;
using System.IO;
using System.Linq;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Benchmarks.Sync
{
    /// <summary>A card on a temporary folder for the sync benchmarks (reads straight from the files, like an SD card).</summary>
    internal sealed class BenchCard : ICardFileSystem, IDisposable
    {
        public BenchCard()
        {
            Root = Path.Combine(Path.GetTempPath(), "bwc-bench-card-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
        }

        public string Root { get; }

        public string Full(string path) => Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));

        public void WriteFile(string path, byte[] bytes)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Full(path)));
            File.WriteAllBytes(Full(path), bytes);
        }

        public bool FileExists(string path) => File.Exists(Full(path));

        public bool DirectoryExists(string path) => Directory.Exists(Full(path));

        public void CreateDirectory(string path) => Directory.CreateDirectory(Full(path));

        public string[] ListFiles(string directory) =>
            Directory.GetFiles(Full(directory)).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        public string[] ListDirectories(string directory) =>
            Directory.GetDirectories(Full(directory)).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        public long GetLength(string path) => new FileInfo(Full(path)).Length;

        public ICardFile Create(string path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Full(path)));
            return new BenchFile(new FileStream(Full(path), FileMode.CreateNew, FileAccess.ReadWrite));
        }

        public ICardFile OpenAppend(string path) => new BenchFile(new FileStream(Full(path), FileMode.Append, FileAccess.Write));

        public int Read(string path, long position, byte[] buffer, int offset, int count)
        {
            using var stream = new FileStream(Full(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            stream.Seek(position, SeekOrigin.Begin);
            return stream.Read(buffer, offset, count);
        }

        public void Rename(string fromPath, string toPath) => File.Move(Full(fromPath), Full(toPath));

        public void Delete(string path) => File.Delete(Full(path));

        public long GetFreeBytes() => 1L << 34;

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, true);
            }
            catch (IOException)
            {
            }
        }

        private sealed class BenchFile : ICardFile
        {
            private readonly FileStream _stream;

            public BenchFile(FileStream stream) => _stream = stream;

            public long Length => _stream.Length;

            public void Write(byte[] buffer, int offset, int count) => _stream.Write(buffer, offset, count);

            public void WriteAt(long position, byte[] buffer, int offset, int count)
            {
                long end = _stream.Position;
                _stream.Seek(position, SeekOrigin.Begin);
                _stream.Write(buffer, offset, count);
                _stream.Seek(end, SeekOrigin.Begin);
            }

            public void Flush() => _stream.Flush(true);

            public void Dispose() => _stream.Dispose();
        }
    }
}
