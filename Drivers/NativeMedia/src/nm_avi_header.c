/* nm_avi_header.c - the chunk header (RIFF, hdrl, strl per stream, movi LIST header), as AviHeaderComposer. */
#include <string.h>

#include "nm_avi.h"
#include "nm_le.h"

static uint32_t put_fourcc(uint8_t *header, uint32_t at, uint32_t value)
{
    nm_le_put32(header + at, value);
    return at + 4;
}

size_t nm_avi_header_bytes(const nm_avi_format *format)
{
    uint32_t video_strl = 4 + 8 + NM_AVI_STRH_BYTES + 8 + NM_AVI_BITMAPINFO_BYTES;
    uint32_t audio_strl = 4 + 8 + NM_AVI_STRH_BYTES + 8 + NM_AVI_WAVEFORMAT_BYTES;
    uint32_t hdrl = 4 + 8 + NM_AVI_AVIH_BYTES + 8 + video_strl + (format->audio_rate_hz > 0 ? 8 + audio_strl : 0);
    return 12 + 8 + hdrl + 12;
}

void nm_avi_compose_header(const nm_avi_format *format, uint8_t *header, nm_avi_layout *layout)
{
    const uint32_t size = (uint32_t)nm_avi_header_bytes(format);
    const int has_audio = format->audio_rate_hz > 0;
    const uint32_t micros_per_frame = 1000000u / format->frames_per_second;
    const uint32_t audio_bytes_per_second = format->audio_rate_hz * 2u;
    const uint32_t max_bytes_per_second = format->max_video_frame_bytes * format->frames_per_second + audio_bytes_per_second;
    uint32_t at = 0;

    memset(header, 0, size);
    at = put_fourcc(header, at, NM_AVI_RIFF);
    at = put_fourcc(header, at, 0);
    at = put_fourcc(header, at, NM_AVI_AVI);

    at = put_fourcc(header, at, NM_AVI_LIST);
    at = put_fourcc(header, at, size - 12 - 8 - 12);
    at = put_fourcc(header, at, NM_AVI_HDRL);

    at = put_fourcc(header, at, NM_AVI_AVIH);
    at = put_fourcc(header, at, NM_AVI_AVIH_BYTES);
    uint32_t avih = at;
    nm_le_put32(header + avih, micros_per_frame);
    nm_le_put32(header + avih + 4, max_bytes_per_second);
    nm_le_put32(header + avih + 12, has_audio ? NM_AVIF_IS_INTERLEAVED : 0);
    nm_le_put32(header + avih + 24, has_audio ? 2u : 1u);
    nm_le_put32(header + avih + 28, format->max_video_frame_bytes + NM_AVI_CHUNK_HEADER_BYTES);
    nm_le_put32(header + avih + 32, format->width);
    nm_le_put32(header + avih + 36, format->height);
    layout->avih_flags = avih + 12;
    layout->avih_total_frames = avih + 16;
    at = avih + NM_AVI_AVIH_BYTES;

    at = put_fourcc(header, at, NM_AVI_LIST);
    at = put_fourcc(header, at, 4 + 8 + NM_AVI_STRH_BYTES + 8 + NM_AVI_BITMAPINFO_BYTES);
    at = put_fourcc(header, at, NM_AVI_STRL);
    at = put_fourcc(header, at, NM_AVI_STRH);
    at = put_fourcc(header, at, NM_AVI_STRH_BYTES);
    uint32_t strh = at;
    nm_le_put32(header + strh, NM_AVI_VIDS);
    nm_le_put32(header + strh + 4, NM_AVI_MJPG);
    nm_le_put32(header + strh + 20, 1);
    nm_le_put32(header + strh + 24, format->frames_per_second);
    nm_le_put32(header + strh + 36, format->max_video_frame_bytes);
    nm_le_put32(header + strh + 40, 0xFFFFFFFFu);
    nm_le_put16(header + strh + 52, format->width);
    nm_le_put16(header + strh + 54, format->height);
    layout->video_length = strh + 32;
    at = strh + NM_AVI_STRH_BYTES;
    at = put_fourcc(header, at, NM_AVI_STRF);
    at = put_fourcc(header, at, NM_AVI_BITMAPINFO_BYTES);
    nm_le_put32(header + at, NM_AVI_BITMAPINFO_BYTES);
    nm_le_put32(header + at + 4, format->width);
    nm_le_put32(header + at + 8, format->height);
    nm_le_put16(header + at + 12, 1);
    nm_le_put16(header + at + 14, 24);
    nm_le_put32(header + at + 16, NM_AVI_MJPG);
    nm_le_put32(header + at + 20, format->width * format->height * 3u);
    at += NM_AVI_BITMAPINFO_BYTES;

    layout->audio_length = -1;
    if (has_audio)
    {
        at = put_fourcc(header, at, NM_AVI_LIST);
        at = put_fourcc(header, at, 4 + 8 + NM_AVI_STRH_BYTES + 8 + NM_AVI_WAVEFORMAT_BYTES);
        at = put_fourcc(header, at, NM_AVI_STRL);
        at = put_fourcc(header, at, NM_AVI_STRH);
        at = put_fourcc(header, at, NM_AVI_STRH_BYTES);
        strh = at;
        nm_le_put32(header + strh, NM_AVI_AUDS);
        nm_le_put32(header + strh + 20, 2);
        nm_le_put32(header + strh + 24, audio_bytes_per_second);
        nm_le_put32(header + strh + 36, format->max_audio_chunk_bytes);
        nm_le_put32(header + strh + 40, 0xFFFFFFFFu);
        nm_le_put32(header + strh + 44, 2);
        layout->audio_length = (int32_t)(strh + 32);
        at = strh + NM_AVI_STRH_BYTES;
        at = put_fourcc(header, at, NM_AVI_STRF);
        at = put_fourcc(header, at, NM_AVI_WAVEFORMAT_BYTES);
        nm_le_put16(header + at, 1);
        nm_le_put16(header + at + 2, 1);
        nm_le_put32(header + at + 4, format->audio_rate_hz);
        nm_le_put32(header + at + 8, audio_bytes_per_second);
        nm_le_put16(header + at + 12, 2);
        nm_le_put16(header + at + 14, 16);
        at += NM_AVI_WAVEFORMAT_BYTES;
    }

    at = put_fourcc(header, at, NM_AVI_LIST);
    layout->movi_size = at;
    at = put_fourcc(header, at, 4);
    layout->movi_fourcc_position = at;
    at = put_fourcc(header, at, NM_AVI_MOVI);
    layout->header_bytes = at;
}

void nm_avi_patch_header(const nm_avi_layout *layout, uint8_t *header, uint32_t file_length, uint32_t movi_end,
                         uint32_t timeline_frames, uint32_t audio_samples, bool has_index)
{
    nm_le_put32(header + 4, file_length - 8);
    nm_le_put32(header + layout->movi_size, movi_end - layout->movi_fourcc_position);
    uint32_t flags = nm_le_get32(header + layout->avih_flags);
    flags = has_index ? (flags | NM_AVIF_HAS_INDEX) : (flags & ~NM_AVIF_HAS_INDEX);
    nm_le_put32(header + layout->avih_flags, flags);
    nm_le_put32(header + layout->avih_total_frames, timeline_frames);
    nm_le_put32(header + layout->video_length, timeline_frames);
    if (layout->audio_length >= 0)
    {
        nm_le_put32(header + (uint32_t)layout->audio_length, audio_samples);
    }
}
