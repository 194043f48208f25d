// Mirrors nanoFramework.System.IO.FileSystem 1.1.93 (assembly System.IO.FileSystem 1.1.93.0), source tag v1.1.93
// of nanoframework/System.IO.FileSystem. Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
using System;

namespace System.IO
{
    public static class File
    {
        public static bool Exists(string path) => throw new NotImplementedException();

        public static void Delete(string path) => throw new NotImplementedException();

        public static void Move(string sourceFileName, string destFileName) => throw new NotImplementedException();

        public static string ReadAllText(string path) => throw new NotImplementedException();

        public static byte[] ReadAllBytes(string path) => throw new NotImplementedException();

        public static void WriteAllBytes(string path, byte[] bytes) => throw new NotImplementedException();
    }

    public static class Directory
    {
        public static DirectoryInfo CreateDirectory(string path) => throw new NotImplementedException();

        public static void Delete(string path) => throw new NotImplementedException();

        public static bool Exists(string path) => throw new NotImplementedException();

        public static string[] GetFiles(string path) => throw new NotImplementedException();

        public static string[] GetDirectories(string path) => throw new NotImplementedException();

        public static void Move(string sourceDirName, string destDirName) => throw new NotImplementedException();
    }

    public sealed class DirectoryInfo
    {
        private DirectoryInfo() => throw new NotImplementedException();
    }

    public sealed class FileInfo
    {
        public FileInfo(string fileName) => throw new NotImplementedException();

        public long Length => throw new NotImplementedException();
    }

    public sealed class DriveInfo
    {
        public DriveInfo(string driveName) => throw new NotImplementedException();

        public long TotalSize { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share) => throw new NotImplementedException();

        public override long Length => throw new NotImplementedException();

        public override void Flush() => throw new NotImplementedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotImplementedException();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotImplementedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotImplementedException();
    }

    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    [Flags]
    public enum FileShare
    {
        None = 0,
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }
}

namespace nanoFramework.System.IO.FileSystem
{
    public class SDCard : global::System.IDisposable
    {
        public SDCard(SDCardMmcParameters mmcParameters, CardDetectParameters cdParameters = null) => throw new global::System.NotImplementedException();

        public bool IsMounted => throw new global::System.NotImplementedException();

        public bool IsCardDetected => throw new global::System.NotImplementedException();

        public event CardDetectStateEventHandler CardDetectChanged { add => throw new global::System.NotImplementedException(); remove => throw new global::System.NotImplementedException(); }

        public void Mount() => throw new global::System.NotImplementedException();

        public void Unmount() => throw new global::System.NotImplementedException();

        public void Dispose() => throw new global::System.NotImplementedException();

        public enum SDDataWidth
        {
            _1_bit = 1,
            _4_bit = 2,
        }
    }

    public delegate void CardDetectStateEventHandler(object sender, global::nanoFramework.System.IO.CardDetectChangedEventArgs e);

    public class SDCardMmcParameters
    {
        public uint slotIndex = 0;

        public SDCard.SDDataWidth dataWidth;
    }

    public class CardDetectParameters
    {
        public bool enableCardDetectPin;

        public bool cardDetectedState;

        public uint cardDetectPin;

        public bool autoMount;
    }
}

namespace nanoFramework.System.IO
{
    public enum CardDetectState
    {
        Inserted,
        Removed,
    }

    public class CardDetectChangedEventArgs : global::System.EventArgs
    {
        private CardDetectChangedEventArgs() => throw new global::System.NotImplementedException();

        public CardDetectState CardState => throw new global::System.NotImplementedException();

        public uint SlotIndex => throw new global::System.NotImplementedException();
    }
}
