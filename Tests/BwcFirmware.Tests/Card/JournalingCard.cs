using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Shared.Card;
using BwcFirmware.Tests.Media;

namespace BwcFirmware.Tests.Card;

/// <summary>
/// Watches the pipeline's writes from outside: which test frames went into which file, and which of them a
/// successful flush (or close) made durable. Renames and deletes carry the knowledge along, so after a cut
/// the test knows, independently of the code under test, every frame that was on the card.
/// </summary>
internal sealed class JournalingCard : ICardFileSystem
{
    private readonly FaultInjectingCardFileSystem _card;

    public JournalingCard(FaultInjectingCardFileSystem card)
    {
        _card = card;
    }

    /// <summary>Durable frame numbers by the path their file has now.</summary>
    public Dictionary<string, List<int>> Durable { get; } = new(StringComparer.Ordinal);

    public bool FileExists(string path) => _card.FileExists(path);

    public bool DirectoryExists(string path) => _card.DirectoryExists(path);

    public void CreateDirectory(string path) => _card.CreateDirectory(path);

    public string[] ListFiles(string directory) => _card.ListFiles(directory);

    public string[] ListDirectories(string directory) => _card.ListDirectories(directory);

    public long GetLength(string path) => _card.GetLength(path);

    public ICardFile Create(string path) => new File(this, _card.Create(path), path);

    public ICardFile OpenAppend(string path) => new File(this, _card.OpenAppend(path), path);

    public int Read(string path, long position, byte[] buffer, int offset, int count) => _card.Read(path, position, buffer, offset, count);

    public void Rename(string fromPath, string toPath)
    {
        _card.Rename(fromPath, toPath);
        if (Durable.Remove(fromPath, out List<int>? ids))
        {
            Durable[toPath] = ids;
        }
    }

    public void Delete(string path)
    {
        _card.Delete(path);
        Durable.Remove(path);
    }

    public long GetFreeBytes() => _card.GetFreeBytes();

    private sealed class File : ICardFile
    {
        private readonly JournalingCard _owner;
        private readonly ICardFile _file;
        private readonly string _path;
        private readonly List<int> _pending = new();

        public File(JournalingCard owner, ICardFile file, string path)
        {
            _owner = owner;
            _file = file;
            _path = path;
        }

        public long Length => _file.Length;

        public void Write(byte[] buffer, int offset, int count)
        {
            _file.Write(buffer, offset, count);
            int id = TestFrames.IndexOf(buffer.AsSpan(offset, Math.Min(count, 8)).ToArray());
            if (id >= 0)
            {
                _pending.Add(id);
            }
        }

        public void WriteAt(long position, byte[] buffer, int offset, int count) => _file.WriteAt(position, buffer, offset, count);

        public void Flush()
        {
            _file.Flush();
            Commit();
        }

        public void Dispose()
        {
            bool alive = _owner._card.IsAlive;
            _file.Dispose();
            if (alive)
            {
                Commit();
            }
        }

        private void Commit()
        {
            if (!_owner.Durable.TryGetValue(_path, out List<int>? ids))
            {
                ids = new List<int>();
                _owner.Durable[_path] = ids;
            }

            ids.AddRange(_pending);
            _pending.Clear();
        }
    }
}

