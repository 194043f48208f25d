namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>
    /// Composes a chunk's header (RIFF, hdrl with avih and one strl per stream, the movi LIST header) with
    /// zero sizes and counts, to be patched when the chunk closes.
    /// </summary>
    internal static class AviHeaderComposer
    {
        /// <summary>Header size for <paramref name="format"/>; the composed header is exactly this long.</summary>
        public static int SizeOf(AviFormat format)
        {
            int videoStrl = 4 + 8 + AviConstants.StrhBytes + 8 + AviConstants.BitmapInfoBytes;
            int audioStrl = 4 + 8 + AviConstants.StrhBytes + 8 + AviConstants.WaveFormatBytes;
            int hdrl = 4 + 8 + AviConstants.AvihBytes + 8 + videoStrl + (format.HasAudio ? 8 + audioStrl : 0);
            return 12 + 8 + hdrl + 12;
        }

        /// <summary>Writes the header into <paramref name="header"/> from 0 and records its patchable fields in <paramref name="layout"/>.</summary>
        public static void Compose(AviFormat format, byte[] header, AviHeaderLayout layout)
        {
            int size = SizeOf(format);
            System.Array.Clear(header, 0, size);
            uint microsPerFrame = (uint)(1000000 / format.FramesPerSecond);
            uint audioBytesPerSecond = (uint)(format.AudioSampleRateHz * 2);
            uint maxBytesPerSecond = ((uint)format.MaxVideoFrameBytes * (uint)format.FramesPerSecond) + audioBytesPerSecond;

            int at = 0;
            at = Fourcc(header, at, AviConstants.Riff);
            at = Number(header, at, 0);
            at = Fourcc(header, at, AviConstants.Avi);

            at = Fourcc(header, at, AviConstants.List);
            at = Number(header, at, (uint)(size - 12 - 8 - 12));
            at = Fourcc(header, at, AviConstants.Hdrl);

            at = Fourcc(header, at, AviConstants.Avih);
            at = Number(header, at, AviConstants.AvihBytes);
            int avih = at;
            LittleEndian.PutUInt32(header, avih, microsPerFrame);
            LittleEndian.PutUInt32(header, avih + 4, maxBytesPerSecond);
            LittleEndian.PutUInt32(header, avih + 12, format.HasAudio ? AviConstants.AvifIsInterleaved : 0);
            LittleEndian.PutUInt32(header, avih + 24, format.HasAudio ? 2u : 1u);
            LittleEndian.PutUInt32(header, avih + 28, (uint)(format.MaxVideoFrameBytes + AviConstants.ChunkHeaderBytes));
            LittleEndian.PutUInt32(header, avih + 32, (uint)format.Width);
            LittleEndian.PutUInt32(header, avih + 36, (uint)format.Height);
            layout.MicrosPerFrame = microsPerFrame;
            layout.AvihFlagsOffset = avih + 12;
            layout.AvihTotalFramesOffset = avih + 16;
            at = avih + AviConstants.AvihBytes;

            at = Fourcc(header, at, AviConstants.List);
            at = Number(header, at, 4 + 8 + AviConstants.StrhBytes + 8 + AviConstants.BitmapInfoBytes);
            at = Fourcc(header, at, AviConstants.Strl);
            at = Fourcc(header, at, AviConstants.Strh);
            at = Number(header, at, AviConstants.StrhBytes);
            int strh = at;
            LittleEndian.PutUInt32(header, strh, AviConstants.Vids);
            LittleEndian.PutUInt32(header, strh + 4, AviConstants.Mjpg);
            LittleEndian.PutUInt32(header, strh + 20, 1);
            LittleEndian.PutUInt32(header, strh + 24, (uint)format.FramesPerSecond);
            LittleEndian.PutUInt32(header, strh + 36, (uint)format.MaxVideoFrameBytes);
            LittleEndian.PutUInt32(header, strh + 40, 0xFFFFFFFF);
            LittleEndian.PutUInt16(header, strh + 52, format.Width);
            LittleEndian.PutUInt16(header, strh + 54, format.Height);
            layout.VideoLengthOffset = strh + 32;
            at = strh + AviConstants.StrhBytes;
            at = Fourcc(header, at, AviConstants.Strf);
            at = Number(header, at, AviConstants.BitmapInfoBytes);
            LittleEndian.PutUInt32(header, at, AviConstants.BitmapInfoBytes);
            LittleEndian.PutUInt32(header, at + 4, (uint)format.Width);
            LittleEndian.PutUInt32(header, at + 8, (uint)format.Height);
            LittleEndian.PutUInt16(header, at + 12, 1);
            LittleEndian.PutUInt16(header, at + 14, 24);
            LittleEndian.PutUInt32(header, at + 16, AviConstants.Mjpg);
            LittleEndian.PutUInt32(header, at + 20, (uint)(format.Width * format.Height * 3));
            at += AviConstants.BitmapInfoBytes;

            layout.AudioLengthOffset = -1;
            layout.AudioStream = -1;
            if (format.HasAudio)
            {
                at = Fourcc(header, at, AviConstants.List);
                at = Number(header, at, 4 + 8 + AviConstants.StrhBytes + 8 + AviConstants.WaveFormatBytes);
                at = Fourcc(header, at, AviConstants.Strl);
                at = Fourcc(header, at, AviConstants.Strh);
                at = Number(header, at, AviConstants.StrhBytes);
                strh = at;
                LittleEndian.PutUInt32(header, strh, AviConstants.Auds);
                LittleEndian.PutUInt32(header, strh + 20, 2);
                LittleEndian.PutUInt32(header, strh + 24, audioBytesPerSecond);
                LittleEndian.PutUInt32(header, strh + 36, (uint)format.MaxAudioChunkBytes);
                LittleEndian.PutUInt32(header, strh + 40, 0xFFFFFFFF);
                LittleEndian.PutUInt32(header, strh + 44, 2);
                layout.AudioLengthOffset = strh + 32;
                layout.AudioStream = 1;
                at = strh + AviConstants.StrhBytes;
                at = Fourcc(header, at, AviConstants.Strf);
                at = Number(header, at, AviConstants.WaveFormatBytes);
                LittleEndian.PutUInt16(header, at, 1);
                LittleEndian.PutUInt16(header, at + 2, 1);
                LittleEndian.PutUInt32(header, at + 4, (uint)format.AudioSampleRateHz);
                LittleEndian.PutUInt32(header, at + 8, audioBytesPerSecond);
                LittleEndian.PutUInt16(header, at + 12, 2);
                LittleEndian.PutUInt16(header, at + 14, 16);
                at += AviConstants.WaveFormatBytes;
            }

            at = Fourcc(header, at, AviConstants.List);
            layout.MoviSizeOffset = at;
            at = Number(header, at, 4);
            layout.MoviFourccPosition = at;
            at = Fourcc(header, at, AviConstants.Movi);

            layout.HeaderBytes = at;
            layout.VideoStream = 0;
            layout.MaxVideoChunkBytes = format.MaxVideoFrameBytes;
            layout.MaxAudioChunkBytes = format.HasAudio ? format.MaxAudioChunkBytes : 0;
            layout.AudioBlockAlign = 2;
        }

        private static int Fourcc(byte[] header, int at, uint fourcc)
        {
            LittleEndian.PutUInt32(header, at, fourcc);
            return at + 4;
        }

        private static int Number(byte[] header, int at, uint value)
        {
            LittleEndian.PutUInt32(header, at, value);
            return at + 4;
        }
    }
}
