namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>
    /// Where the fields that are only known when a chunk closes sit in its header: the writer records them when
    /// it composes the header, repair finds them by parsing it. Both patch the header through <see cref="Patch"/>.
    /// </summary>
    internal sealed class AviHeaderLayout
    {
        /// <summary>Bytes from the file start to the first media chunk (the header, including the movi LIST header).</summary>
        public int HeaderBytes;

        /// <summary>Offset of avih's dwFlags.</summary>
        public int AvihFlagsOffset;

        /// <summary>The frame period avih declares (dwMicroSecPerFrame), 0 when undeclared.</summary>
        public long MicrosPerFrame;

        /// <summary>Offset of avih's dwTotalFrames.</summary>
        public int AvihTotalFramesOffset;

        /// <summary>Offset of the video strh's dwLength (frames).</summary>
        public int VideoLengthOffset;

        /// <summary>Offset of the audio strh's dwLength (samples); -1 without audio.</summary>
        public int AudioLengthOffset = -1;

        /// <summary>Offset of the movi LIST's size field.</summary>
        public int MoviSizeOffset;

        /// <summary>Position of the "movi" FOURCC: idx1 offsets count from here.</summary>
        public int MoviFourccPosition;

        /// <summary>Video stream number (chunk id "00dc" for 0).</summary>
        public int VideoStream;

        /// <summary>Audio stream number, -1 without audio.</summary>
        public int AudioStream = -1;

        /// <summary>Largest video chunk the header declares (strh dwSuggestedBufferSize), 0 if undeclared.</summary>
        public int MaxVideoChunkBytes;

        /// <summary>Largest audio chunk the header declares, 0 if undeclared.</summary>
        public int MaxAudioChunkBytes;

        /// <summary>Audio bytes per sample frame (nBlockAlign), 2 for 16-bit mono.</summary>
        public int AudioBlockAlign = 2;

        /// <summary>
        /// Sets the sizes and counts of a closed chunk in <paramref name="header"/> (its first HeaderBytes bytes);
        /// <paramref name="moviEnd"/> is where the movi LIST ends (after its last media chunk and pad byte).
        /// </summary>
        public void Patch(byte[] header, long fileLength, long moviEnd, int timelineFrames, long audioSamples, bool hasIndex)
        {
            LittleEndian.PutUInt32(header, 4, (uint)(fileLength - 8));
            LittleEndian.PutUInt32(header, MoviSizeOffset, (uint)(moviEnd - MoviFourccPosition));
            uint flags = LittleEndian.GetUInt32(header, AvihFlagsOffset);
            flags = hasIndex ? (flags | AviConstants.AvifHasIndex) : (flags & ~AviConstants.AvifHasIndex);
            LittleEndian.PutUInt32(header, AvihFlagsOffset, flags);
            LittleEndian.PutUInt32(header, AvihTotalFramesOffset, (uint)timelineFrames);
            LittleEndian.PutUInt32(header, VideoLengthOffset, (uint)timelineFrames);
            if (AudioLengthOffset >= 0)
            {
                LittleEndian.PutUInt32(header, AudioLengthOffset, (uint)audioSamples);
            }
        }

        /// <summary>True when <paramref name="header"/> already holds exactly what <see cref="Patch"/> would write.</summary>
        public bool Matches(byte[] header, long fileLength, long moviEnd, int timelineFrames, long audioSamples)
        {
            return LittleEndian.GetUInt32(header, 4) == (uint)(fileLength - 8)
                && LittleEndian.GetUInt32(header, MoviSizeOffset) == (uint)(moviEnd - MoviFourccPosition)
                && (LittleEndian.GetUInt32(header, AvihFlagsOffset) & AviConstants.AvifHasIndex) != 0
                && LittleEndian.GetUInt32(header, AvihTotalFramesOffset) == (uint)timelineFrames
                && LittleEndian.GetUInt32(header, VideoLengthOffset) == (uint)timelineFrames
                && (AudioLengthOffset < 0 || LittleEndian.GetUInt32(header, AudioLengthOffset) == (uint)audioSamples);
        }
    }
}
