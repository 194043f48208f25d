using BwcFirmware.Shared.Card;

namespace BwcFirmware.Tests.Sync;

/// <summary>A card backed by a temporary folder, for the sync tests (the transport streams bodies from it).</summary>
internal sealed class FolderCard : ICardFileSystem, IDisposable
{
    public FolderCard()
    {
        Root = Path.Combine(Path.GetTempPath(), "bwc-sync-card-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>When set, reads of this path fail as a card fault.</summary>
    public string? FailReadsOf { get; set; }

    public long BytesRead { get; private set; }

    public string Full(string path) => Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));

    public void WriteFile(string path, byte[] bytes)
    {
        string full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public bool FileExists(string path) => File.Exists(Full(path));

    public bool DirectoryExists(string path) => Directory.Exists(Full(path));

    public void CreateDirectory(string path) => Directory.CreateDirectory(Full(path));

    public string[] ListFiles(string directory)
    {
        if (!Directory.Exists(Full(directory)))
        {
            throw new CardException(CardFault.NotFound, directory);
        }

        return Directory.GetFiles(Full(directory)).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
    }

    public string[] ListDirectories(string directory)
    {
        if (!Directory.Exists(Full(directory)))
        {
            throw new CardException(CardFault.NotFound, directory);
        }

        return Directory.GetDirectories(Full(directory)).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
    }

    public long GetLength(string path)
    {
        var info = new FileInfo(Full(path));
        if (!info.Exists)
        {
            throw new CardException(CardFault.NotFound, path);
        }

        return info.Length;
    }

    public ICardFile Create(string path)
    {
        string full = Full(path);
        if (File.Exists(full))
        {
            throw new CardException(CardFault.AlreadyExists, path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new FolderFile(new FileStream(full, FileMode.CreateNew, FileAccess.ReadWrite));
    }

    public ICardFile OpenAppend(string path)
    {
        string full = Full(path);
        if (!File.Exists(full))
        {
            throw new CardException(CardFault.NotFound, path);
        }

        var stream = new FileStream(full, FileMode.Open, FileAccess.ReadWrite);
        stream.Seek(0, SeekOrigin.End);
        return new FolderFile(stream);
    }

    public int Read(string path, long position, byte[] buffer, int offset, int count)
    {
        if (FailReadsOf == path)
        {
            throw new CardException(CardFault.WriteError, path);
        }

        string full = Full(path);
        if (!File.Exists(full))
        {
            throw new CardException(CardFault.NotFound, path);
        }

        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(position, SeekOrigin.Begin);
        int read = stream.Read(buffer, offset, count);
        BytesRead += read;
        return read;
    }

    public void Rename(string fromPath, string toPath)
    {
        string from = Full(fromPath);
        string to = Full(toPath);
        if (File.Exists(to) || Directory.Exists(to))
        {
            throw new CardException(CardFault.AlreadyExists, toPath);
        }

        if (File.Exists(from))
        {
            File.Move(from, to);
        }
        else if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            throw new CardException(CardFault.NotFound, fromPath);
        }
    }

    public void Delete(string path)
    {
        string full = Full(path);
        if (File.Exists(full))
        {
            File.Delete(full);
        }
        else if (Directory.Exists(full))
        {
            Directory.Delete(full, false);
        }
        else
        {
            throw new CardException(CardFault.NotFound, path);
        }
    }

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

    private sealed class FolderFile : ICardFile
    {
        private readonly FileStream _stream;

        public FolderFile(FileStream stream)
        {
            _stream = stream;
        }

        public long Length => _stream.Length;

        public void Write(byte[] buffer, int offset, int count)
        {
            _stream.Seek(0, SeekOrigin.End);
            _stream.Write(buffer, offset, count);
        }

        public void WriteAt(long position, byte[] buffer, int offset, int count)
        {
            _stream.Seek(position, SeekOrigin.Begin);
            _stream.Write(buffer, offset, count);
        }

        public void Flush() => _stream.Flush(true);

        public void Dispose() => _stream.Dispose();
    }
}
