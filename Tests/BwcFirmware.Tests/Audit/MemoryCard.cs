using BwcFirmware.Shared.Card;

namespace BwcFirmware.Tests.Audit;

/// <summary>Thrown by <see cref="MemoryCard"/> where the power fails: the firmware stops dead there.</summary>
public sealed class PowerCutException : Exception
{
    public PowerCutException() : base("power cut") { }
}

/// <summary>
/// An in-memory card that keeps the durability contract of <see cref="ICardFileSystem"/>: bytes are durable
/// only once flushed. It can cut the power part-way through a flush (leaving a partial tail) and can fail
/// writes with a card fault, so the audit log's recovery is tested byte by byte.
/// </summary>
public sealed class MemoryCard : ICardFileSystem
{
    private readonly SortedDictionary<string, List<byte>> _durable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<byte>> _pending = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _directories = new(StringComparer.Ordinal) { "" };
    private long _durableBudget = long.MaxValue;
    private bool _dead;

    /// <summary>Bytes that may still reach the card before the power fails (counted across flushes).</summary>
    public void CutPowerAfterDurableBytes(long bytes) => _durableBudget = bytes;

    /// <summary>When set, writes and flushes throw this card fault.</summary>
    public CardFault? FailWith { get; set; }

    /// <summary>Power comes back: what was not flushed is gone, the budget is lifted.</summary>
    public void Reboot()
    {
        _pending.Clear();
        _durable.Keys.ToList().ForEach(k => _pending[k] = new List<byte>());
        _durableBudget = long.MaxValue;
        _dead = false;
    }

    /// <summary>The durable bytes of a file (what a reader of the card would find).</summary>
    public byte[] Bytes(string path) => _durable[path].ToArray();

    /// <summary>Replaces a file's content (tampering, in tests).</summary>
    public void SetBytes(string path, byte[] bytes)
    {
        _durable[path] = new List<byte>(bytes);
        _pending[path] = new List<byte>();
    }

    /// <summary>Deletes a file outright (tampering, in tests).</summary>
    public void Remove(string path)
    {
        _durable.Remove(path);
        _pending.Remove(path);
    }

    /// <summary>Deletes a directory outright (tampering, in tests).</summary>
    public void RemoveDirectory(string path) => _directories.Remove(path);

    public bool FileExists(string path) { Alive(); return _durable.ContainsKey(path); }

    public bool DirectoryExists(string path) { Alive(); return _directories.Contains(path); }

    public void CreateDirectory(string path)
    {
        Alive();
        string[] parts = path.Split('/');
        for (int i = 1; i <= parts.Length; i++)
        {
            _directories.Add(string.Join("/", parts.Take(i)));
        }
    }

    public string[] ListFiles(string directory)
    {
        Alive();
        return _durable.Keys.Where(k => Parent(k) == directory).Select(Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    public string[] ListDirectories(string directory)
    {
        Alive();
        return _directories.Where(d => d.Length > 0 && Parent(d) == directory).Select(Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    public long GetLength(string path)
    {
        Alive();
        if (!_durable.TryGetValue(path, out var bytes))
        {
            throw new CardException(CardFault.NotFound, path);
        }
        return bytes.Count + _pending[path].Count;
    }

    public ICardFile Create(string path)
    {
        Alive();
        if (_durable.ContainsKey(path))
        {
            throw new CardException(CardFault.AlreadyExists, path);
        }
        if (!_directories.Contains(Parent(path)))
        {
            throw new CardException(CardFault.NotFound, path);
        }
        _durable[path] = new List<byte>();
        _pending[path] = new List<byte>();
        return new File(this, path);
    }

    public ICardFile OpenAppend(string path)
    {
        Alive();
        if (!_durable.ContainsKey(path))
        {
            throw new CardException(CardFault.NotFound, path);
        }
        return new File(this, path);
    }

    public int Read(string path, long position, byte[] buffer, int offset, int count)
    {
        Alive();
        if (!_durable.TryGetValue(path, out var durable))
        {
            throw new CardException(CardFault.NotFound, path);
        }
        List<byte> all = durable.Concat(_pending[path]).ToList();
        int n = (int)Math.Max(0, Math.Min(count, all.Count - position));
        all.CopyTo((int)position, buffer, offset, n);
        return n;
    }

    public void Rename(string fromPath, string toPath)
    {
        Alive();
        if (_durable.ContainsKey(toPath))
        {
            throw new CardException(CardFault.AlreadyExists, toPath);
        }
        if (!_durable.ContainsKey(fromPath))
        {
            throw new CardException(CardFault.NotFound, fromPath);
        }
        _durable[toPath] = _durable[fromPath];
        _pending[toPath] = _pending[fromPath];
        _durable.Remove(fromPath);
        _pending.Remove(fromPath);
    }

    public void Delete(string path)
    {
        Alive();
        if (!_durable.Remove(path))
        {
            throw new CardException(CardFault.NotFound, path);
        }
        _pending.Remove(path);
    }

    public long GetFreeBytes() { Alive(); return 1L << 30; }

    private void Alive()
    {
        if (_dead)
        {
            throw new PowerCutException();
        }
    }

    private static string Parent(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path.Substring(0, slash);
    }

    private static string Name(string path) => path.Substring(path.LastIndexOf('/') + 1);

    private sealed class File : ICardFile
    {
        private readonly MemoryCard _card;
        private readonly string _path;

        public File(MemoryCard card, string path)
        {
            _card = card;
            _path = path;
        }

        public long Length => _card._durable[_path].Count + _card._pending[_path].Count;

        public void Write(byte[] buffer, int offset, int count)
        {
            _card.Alive();
            if (_card.FailWith is CardFault fault)
            {
                throw new CardException(fault, _path);
            }
            _card._pending[_path].AddRange(buffer.Skip(offset).Take(count));
        }

        public void WriteAt(long position, byte[] buffer, int offset, int count)
        {
            throw new NotSupportedException("not needed by the audit log");
        }

        public void Flush()
        {
            _card.Alive();
            if (_card.FailWith is CardFault fault)
            {
                throw new CardException(fault, _path);
            }
            List<byte> pending = _card._pending[_path];
            int count = pending.Count;
            long take = Math.Min(count, _card._durableBudget);
            _card._durable[_path].AddRange(pending.Take((int)take));
            _card._durableBudget -= take;
            pending.Clear();
            if (take < count)
            {
                // The power failed part-way: only a prefix of this flush reached the card.
                _card._dead = true;
                throw new PowerCutException();
            }
        }

        public void Dispose()
        {
        }
    }
}
