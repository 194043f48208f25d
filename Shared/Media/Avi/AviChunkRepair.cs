using System;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>
    /// Makes a chunk cut by a power cut play again, in place: finds the whole media chunks on the card, ends the
    /// movi LIST after the last one, wraps whatever follows (a partial frame, a partial index) in a JUNK chunk,
    /// appends a rebuilt idx1 and patches the header's sizes and counts. Frame bytes are never moved or rewritten,
    /// so repair costs an index's worth of writes, not a copy of the chunk, and needs no truncate on the card.
    /// </summary>
    /// <remarks>
    /// Repair is itself safe against a power cut: the header patch, written last after a flush, is the commit
    /// point; a repair cut before it is simply repeated at the next boot and ends the same way.
    /// </remarks>
    public static class AviChunkRepair
    {
        /// <summary>The smallest work buffer accepted; 4 KB makes fewer, larger index writes.</summary>
        public const int MinBufferBytes = 1024;

        /// <summary>Reports what <see cref="Repair"/> would find, writing nothing.</summary>
        public static AviRepairResult Scan(ICardFileSystem card, string path, byte[] buffer)
        {
            return Run(card, path, buffer, false);
        }

        /// <summary>
        /// Repairs the chunk at <paramref name="path"/> if it needs it, using <paramref name="buffer"/> (at least
        /// <see cref="MinBufferBytes"/>) for every read and write. Nothing is written to a chunk that was closed
        /// properly, nor to a file without a readable header.
        /// </summary>
        public static AviRepairResult Repair(ICardFileSystem card, string path, byte[] buffer)
        {
            return Run(card, path, buffer, true);
        }

        private static AviRepairResult Run(ICardFileSystem card, string path, byte[] buffer, bool repair)
        {
            if (card == null || path == null || buffer == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            if (buffer.Length < MinBufferBytes)
            {
                throw new ArgumentException("buffer too small");
            }

            var result = new AviRepairResult();
            long length = card.GetLength(path);
            result.LengthBefore = length;
            result.LengthAfter = length;

            var layout = new AviHeaderLayout();
            int headerRead = CardReads.ReadFully(card, path, 0, buffer, 0, length < buffer.Length ? (int)length : buffer.Length);
            if (!AviHeaderReader.TryRead(buffer, headerRead, layout) || layout.HeaderBytes > buffer.Length - 64)
            {
                result.Outcome = AviRepairOutcome.NoHeader;
                result.BytesDropped = length;
                return result;
            }

            result.MicrosPerFrame = layout.MicrosPerFrame;
            var walk = new AviMoviWalk(card, path, buffer, layout.HeaderBytes, layout, length);
            walk.Scan();
            long audioSamples = walk.AudioBytes / layout.AudioBlockAlign;
            result.VideoFrames = walk.VideoFrames;
            result.TimelineFrames = walk.TimelineFrames;
            result.AudioChunks = walk.AudioChunks;
            result.AudioSamples = audioSamples;
            result.AudioBytes = walk.AudioBytes;
            result.MediaEnd = walk.MediaEnd;

            bool whole = walk.Idx1Position >= 0
                && walk.Idx1Position + AviConstants.ChunkHeaderBytes + walk.Idx1Size == length
                && walk.Idx1Size == (long)walk.IndexEntries * AviConstants.IndexEntryBytes
                && layout.Matches(buffer, length, walk.MediaEnd, walk.TimelineFrames, audioSamples)
                && walk.IndexMatches();
            result.WasWhole = whole;
            if (whole)
            {
                result.Outcome = AviRepairOutcome.AlreadyWhole;
                result.BytesDropped = walk.Idx1Position - walk.MediaEnd;
                return result;
            }

            result.BytesDropped = length > walk.MediaEnd ? length - walk.MediaEnd : 0;
            if (!repair)
            {
                result.Outcome = AviRepairOutcome.NeedsRepair;
                return result;
            }

            using (ICardFile file = card.OpenAppend(path))
            {
                long idx1Position = CoverTail(file, buffer, layout.HeaderBytes, walk.MediaEnd);
                var output = new AviTailWriter(file, idx1Position);
                int h = layout.HeaderBytes;
                LittleEndian.PutUInt32(buffer, h, AviConstants.Idx1);
                LittleEndian.PutUInt32(buffer, h + 4, (uint)(walk.IndexEntries * AviConstants.IndexEntryBytes));
                output.Put(buffer, h, AviConstants.ChunkHeaderBytes);
                walk.EmitIndex(output);
                file.Flush();

                long newLength = output.Position;
                layout.Patch(buffer, newLength, walk.MediaEnd, walk.TimelineFrames, audioSamples, true);
                file.WriteAt(0, buffer, 0, layout.HeaderBytes);
                file.Flush();
                result.LengthAfter = newLength;
            }

            result.Outcome = AviRepairOutcome.Repaired;
            return result;
        }

        /// <summary>
        /// Makes the bytes after the media harmless: writes a missing pad byte, then either a JUNK chunk over the
        /// whole tail (when it has room for the 8-byte JUNK header) or nothing, the index then being written over
        /// it. Returns where idx1 goes.
        /// </summary>
        private static long CoverTail(ICardFile file, byte[] buffer, int scratch, long mediaEnd)
        {
            long end = file.Length;
            if (mediaEnd > end)
            {
                buffer[scratch] = 0;
                file.Write(buffer, scratch, 1);
                end++;
            }

            long tail = end - mediaEnd;
            if (tail < AviConstants.ChunkHeaderBytes)
            {
                return mediaEnd;
            }

            long junkSize = tail - AviConstants.ChunkHeaderBytes;
            LittleEndian.PutUInt32(buffer, scratch, AviConstants.Junk);
            LittleEndian.PutUInt32(buffer, scratch + 4, (uint)junkSize);
            file.WriteAt(mediaEnd, buffer, scratch, AviConstants.ChunkHeaderBytes);
            if ((junkSize & 1) != 0)
            {
                buffer[scratch] = 0;
                file.Write(buffer, scratch, 1);
                end++;
            }

            return end;
        }
    }
}
