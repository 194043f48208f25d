using BwcFirmware.Shared.Card;

namespace BwcFirmware.Tests.Fakes;

/// <summary>
/// An in-memory card for format tests: files are byte lists, flushes are counted, and a file can be cut to
/// any length to play a power cut. It does not model unflushed loss; the card store's own host card does.
/// </summary>
internal sealed class MemoryCard : ICardFileSystem
{
    private readonly SortedDictionary<string, List<byte>> _files = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _directories = new(StringComparer.Ordinal) { "" };

    public int ReadCalls { get; private set; }

    public int RenameCalls { get; private set; }

    public byte[] Bytes(string path) => _files[path].ToArray();

    public void Put(string path, byte[] bytes) => _files[path] = new List<byte>(bytes);

    public void Cut(string path, long length) => _files[path].RemoveRange((int)length, _files[path].Count - (int)length);

    public bool FileExists(string path) => _files.ContainsKey(path);

    public bool DirectoryExists(string path) => _directories.Contains(path);

    public void CreateDirectory(string path)
    {
        string[] parts = path.Split('/');
        for (int i = 1; i <= parts.Length; i++)
        {
            _directories.Add(string.Join('/', parts.Take(i)));
        }
    }

    public string[] ListFiles(string directory) => _files.Keys.Where(k => Parent(k) == directory).Select(Name).ToArray();

    public string[] ListDirectories(string directory) => _directories.Where(d => d.Length > 0 && Parent(d) == directory).Select(Name).ToArray();

    public long GetLength(string path) => File(path).Count;

    public ICardFile Create(string path)
    {
        if (_files.ContainsKey(path))
        {
            throw new CardException(CardFault.AlreadyExists, path);
        }

        if (!_directories.Contains(Parent(path)))
        {
            throw new CardException(CardFault.NotFound, path);
        }

        var bytes = new List<byte>();
        _files[path] = bytes;
        return new MemoryFile(bytes);
    }

    public ICardFile OpenAppend(string path) => new MemoryFile(File(path));

    public int Read(string path, long position, byte[] buffer, int offset, int count)
    {
        ReadCalls++;
        List<byte> bytes = File(path);
        int available = (int)Math.Max(0, Math.Min(count, bytes.Count - position));
        bytes.CopyTo((int)position, buffer, offset, available);
        return available;
    }

    public void Rename(string fromPath, string toPath)
    {
        if (_files.ContainsKey(toPath))
        {
            throw new CardException(CardFault.AlreadyExists, toPath);
        }

        _files[toPath] = File(fromPath);
        _files.Remove(fromPath);
        RenameCalls++;
    }

    public void Delete(string path)
    {
        if (!_files.Remove(path))
        {
            throw new CardException(CardFault.NotFound, path);
        }
    }

    public long GetFreeBytes() => 1L << 32;

    private List<byte> File(string path) => _files.TryGetValue(path, out var bytes) ? bytes : throw new CardException(CardFault.NotFound, path);

    private static string Parent(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    private static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    private sealed class MemoryFile : ICardFile
    {
        private readonly List<byte> _bytes;

        public MemoryFile(List<byte> bytes) => _bytes = bytes;

        public int Writes { get; private set; }

        public long Length => _bytes.Count;

        public void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            _bytes.AddRange(new ArraySegment<byte>(buffer, offset, count));
        }

        public void WriteAt(long position, byte[] buffer, int offset, int count)
        {
            if (position < 0 || position + count > _bytes.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }

            for (int i = 0; i < count; i++)
            {
                _bytes[(int)position + i] = buffer[offset + i];
            }
        }

        public void Flush()
        {
        }

        public void Dispose()
        {
        }
    }
}
