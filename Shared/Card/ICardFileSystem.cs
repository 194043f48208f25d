using System;

namespace BwcFirmware.Shared.Card
{
    /// <summary>
    /// The SD card as the brain sees it: small enough to sit on nanoFramework's File, Directory and FileStream.
    /// Paths are relative to the card's evidence root and use '/' (e.g. "clips/20261126-0001/c0001.avi");
    /// adapters map them to the real mount point.
    /// </summary>
    /// <remarks>
    /// Durability contract: bytes reach the card only when <see cref="ICardFile.Flush"/> returns. A power cut
    /// loses everything written since the last flush of that file, and may leave a partial tail of the last
    /// write. <see cref="Rename"/> and <see cref="Delete"/> are atomic: after a cut the old or the new state
    /// is found, never a mixture. Every member throws <see cref="CardException"/> for card faults.
    /// </remarks>
    public interface ICardFileSystem
    {
        /// <summary>True when a file exists at <paramref name="path"/>.</summary>
        bool FileExists(string path);

        /// <summary>True when a directory exists at <paramref name="path"/>.</summary>
        bool DirectoryExists(string path);

        /// <summary>Creates the directory and any missing parents; nothing happens when it exists.</summary>
        void CreateDirectory(string path);

        /// <summary>Names (not paths) of the files directly in <paramref name="directory"/>, sorted ordinally.</summary>
        string[] ListFiles(string directory);

        /// <summary>Names (not paths) of the directories directly in <paramref name="directory"/>, sorted ordinally.</summary>
        string[] ListDirectories(string directory);

        /// <summary>Length in bytes of the file at <paramref name="path"/>.</summary>
        long GetLength(string path);

        /// <summary>Creates a new, empty file (replacing none: throws when it exists) and opens it for writing.</summary>
        ICardFile Create(string path);

        /// <summary>Opens an existing file for writing, positioned at its end.</summary>
        ICardFile OpenAppend(string path);

        /// <summary>
        /// Reads up to <paramref name="count"/> bytes at <paramref name="position"/> into
        /// <paramref name="buffer"/>; returns the bytes read (0 at the end of the file).
        /// </summary>
        int Read(string path, long position, byte[] buffer, int offset, int count);

        /// <summary>Moves a file or directory; the destination must not exist.</summary>
        void Rename(string fromPath, string toPath);

        /// <summary>Deletes a file, or an empty directory.</summary>
        void Delete(string path);

        /// <summary>Bytes free on the card, as far as the file system (or the store's own accounting) knows.</summary>
        long GetFreeBytes();
    }

    /// <summary>An open file on the card. Writes go to its end unless written with <see cref="WriteAt"/>.</summary>
    public interface ICardFile : IDisposable
    {
        /// <summary>Current length, including bytes not yet flushed.</summary>
        long Length { get; }

        /// <summary>Appends bytes at the end of the file.</summary>
        void Write(byte[] buffer, int offset, int count);

        /// <summary>Overwrites bytes already in the file (e.g. a RIFF size in a header) without moving the end.</summary>
        void WriteAt(long position, byte[] buffer, int offset, int count);

        /// <summary>Makes everything written so far durable on the card.</summary>
        void Flush();
    }
}
