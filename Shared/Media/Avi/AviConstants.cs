namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>RIFF/AVI identifiers and sizes (Microsoft's AVI RIFF reference), as little-endian FOURCC values.</summary>
    internal static class AviConstants
    {
        /// <summary>Keeps every size far from the 32-bit limits of a RIFF chunk (plain AVI, not OpenDML).</summary>
        public const int MaxChunkDataBytes = 64 * 1024 * 1024;

        /// <summary>A plain RIFF file may not exceed 1 GB in practice; a chunk is seconds long.</summary>
        public const long MaxFileBytes = 1024L * 1024 * 1024;

        public const uint Riff = 0x46464952;      // "RIFF"
        public const uint Avi = 0x20495641;       // "AVI "
        public const uint List = 0x5453494C;      // "LIST"
        public const uint Hdrl = 0x6C726468;      // "hdrl"
        public const uint Avih = 0x68697661;      // "avih"
        public const uint Strl = 0x6C727473;      // "strl"
        public const uint Strh = 0x68727473;      // "strh"
        public const uint Strf = 0x66727473;      // "strf"
        public const uint Movi = 0x69766F6D;      // "movi"
        public const uint Idx1 = 0x31786469;      // "idx1"
        public const uint Junk = 0x4B4E554A;      // "JUNK"
        public const uint Vids = 0x73646976;      // "vids"
        public const uint Auds = 0x73647561;      // "auds"
        public const uint Mjpg = 0x47504A4D;      // "MJPG"
        public const uint VideoChunk = 0x63643030; // "00dc": stream 0, compressed video
        public const uint AudioChunk = 0x62773130; // "01wb": stream 1, wave bytes

        public const uint AvifHasIndex = 0x10;
        public const uint AvifIsInterleaved = 0x100;
        public const uint AviifKeyFrame = 0x10;

        public const int ChunkHeaderBytes = 8;
        public const int IndexEntryBytes = 16;
        public const int AvihBytes = 56;
        public const int StrhBytes = 56;
        public const int BitmapInfoBytes = 40;
        public const int WaveFormatBytes = 18;
    }
}
