namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>
    /// Finds a chunk's streams and patchable header fields by walking its RIFF structure (not by assuming
    /// offsets), so repair also copes with headers laid out a little differently from this writer's.
    /// </summary>
    internal static class AviHeaderReader
    {
        /// <summary>
        /// Parses the header in <paramref name="bytes"/>[0, <paramref name="length"/>) into
        /// <paramref name="layout"/>; false when it is not an AVI with an MJPEG video stream or is cut before the
        /// movi LIST begins.
        /// </summary>
        public static bool TryRead(byte[] bytes, int length, AviHeaderLayout layout)
        {
            if (length < 12 || LittleEndian.GetUInt32(bytes, 0) != AviConstants.Riff || LittleEndian.GetUInt32(bytes, 8) != AviConstants.Avi)
            {
                return false;
            }

            layout.AvihFlagsOffset = -1;
            layout.MicrosPerFrame = 0;
            layout.VideoLengthOffset = -1;
            layout.AudioLengthOffset = -1;
            layout.AudioStream = -1;
            layout.VideoStream = -1;
            layout.MaxVideoChunkBytes = 0;
            layout.MaxAudioChunkBytes = 0;
            layout.AudioBlockAlign = 2;

            int at = 12;
            while (at + 12 <= length)
            {
                uint id = LittleEndian.GetUInt32(bytes, at);
                uint size = LittleEndian.GetUInt32(bytes, at + 4);
                uint listType = LittleEndian.GetUInt32(bytes, at + 8);
                if (id == AviConstants.List && listType == AviConstants.Movi)
                {
                    layout.MoviSizeOffset = at + 4;
                    layout.MoviFourccPosition = at + 8;
                    layout.HeaderBytes = at + 12;
                    return layout.VideoStream >= 0 && layout.AvihFlagsOffset >= 0;
                }

                if (size > (uint)(length - at - 8))
                {
                    return false;
                }

                if (id == AviConstants.List && listType == AviConstants.Hdrl && !ReadHdrl(bytes, at + 12, at + 8 + (int)size, layout))
                {
                    return false;
                }

                at += 8 + (int)size + (int)(size & 1);
            }

            return false;
        }

        private static bool ReadHdrl(byte[] bytes, int at, int end, AviHeaderLayout layout)
        {
            int stream = 0;
            while (at + 8 <= end)
            {
                uint id = LittleEndian.GetUInt32(bytes, at);
                uint size = LittleEndian.GetUInt32(bytes, at + 4);
                if (size > (uint)(end - at - 8))
                {
                    return false;
                }

                if (id == AviConstants.Avih && size >= AviConstants.AvihBytes)
                {
                    layout.MicrosPerFrame = LittleEndian.GetUInt32(bytes, at + 8);
                    layout.AvihFlagsOffset = at + 8 + 12;
                    layout.AvihTotalFramesOffset = at + 8 + 16;
                }
                else if (id == AviConstants.List && size >= 4 && LittleEndian.GetUInt32(bytes, at + 8) == AviConstants.Strl)
                {
                    ReadStrl(bytes, at + 12, at + 8 + (int)size, stream, layout);
                    stream++;
                }

                at += 8 + (int)size + (int)(size & 1);
            }

            return true;
        }

        private static void ReadStrl(byte[] bytes, int at, int end, int stream, AviHeaderLayout layout)
        {
            uint type = 0;
            int strh = -1;
            while (at + 8 <= end)
            {
                uint id = LittleEndian.GetUInt32(bytes, at);
                uint size = LittleEndian.GetUInt32(bytes, at + 4);
                if (size > (uint)(end - at - 8))
                {
                    return;
                }

                if (id == AviConstants.Strh && size >= AviConstants.StrhBytes)
                {
                    strh = at + 8;
                    type = LittleEndian.GetUInt32(bytes, strh);
                }
                else if (id == AviConstants.Strf && type == AviConstants.Auds && size >= 16)
                {
                    int blockAlign = LittleEndian.GetUInt16(bytes, at + 8 + 12);
                    layout.AudioBlockAlign = blockAlign > 0 ? blockAlign : 2;
                }

                at += 8 + (int)size + (int)(size & 1);
            }

            if (strh < 0 || stream > 99)
            {
                return;
            }

            int suggested = (int)(LittleEndian.GetUInt32(bytes, strh + 36) & 0x7FFFFFFF);
            if (type == AviConstants.Vids && layout.VideoStream < 0)
            {
                layout.VideoStream = stream;
                layout.VideoLengthOffset = strh + 32;
                layout.MaxVideoChunkBytes = suggested;
            }
            else if (type == AviConstants.Auds && layout.AudioStream < 0)
            {
                layout.AudioStream = stream;
                layout.AudioLengthOffset = strh + 32;
                layout.MaxAudioChunkBytes = suggested;
            }
        }
    }
}
