/* nm_le.h - RIFF numbers are little-endian whatever the CPU; spelled out byte by byte. Internal. */
#ifndef NM_LE_H
#define NM_LE_H

#include <stdint.h>

static inline void nm_le_put32(uint8_t *at, uint32_t value)
{
    at[0] = (uint8_t)value;
    at[1] = (uint8_t)(value >> 8);
    at[2] = (uint8_t)(value >> 16);
    at[3] = (uint8_t)(value >> 24);
}

static inline void nm_le_put16(uint8_t *at, uint32_t value)
{
    at[0] = (uint8_t)value;
    at[1] = (uint8_t)(value >> 8);
}

static inline uint32_t nm_le_get32(const uint8_t *at)
{
    return (uint32_t)at[0] | ((uint32_t)at[1] << 8) | ((uint32_t)at[2] << 16) | ((uint32_t)at[3] << 24);
}

#define NM_FOURCC(a, b, c, d) \
    ((uint32_t)(a) | ((uint32_t)(b) << 8) | ((uint32_t)(c) << 16) | ((uint32_t)(d) << 24))

#define NM_AVI_RIFF NM_FOURCC('R', 'I', 'F', 'F')
#define NM_AVI_AVI NM_FOURCC('A', 'V', 'I', ' ')
#define NM_AVI_LIST NM_FOURCC('L', 'I', 'S', 'T')
#define NM_AVI_HDRL NM_FOURCC('h', 'd', 'r', 'l')
#define NM_AVI_AVIH NM_FOURCC('a', 'v', 'i', 'h')
#define NM_AVI_STRL NM_FOURCC('s', 't', 'r', 'l')
#define NM_AVI_STRH NM_FOURCC('s', 't', 'r', 'h')
#define NM_AVI_STRF NM_FOURCC('s', 't', 'r', 'f')
#define NM_AVI_MOVI NM_FOURCC('m', 'o', 'v', 'i')
#define NM_AVI_IDX1 NM_FOURCC('i', 'd', 'x', '1')
#define NM_AVI_VIDS NM_FOURCC('v', 'i', 'd', 's')
#define NM_AVI_AUDS NM_FOURCC('a', 'u', 'd', 's')
#define NM_AVI_MJPG NM_FOURCC('M', 'J', 'P', 'G')
#define NM_AVI_VIDEO_CHUNK NM_FOURCC('0', '0', 'd', 'c')
#define NM_AVI_AUDIO_CHUNK NM_FOURCC('0', '1', 'w', 'b')

#define NM_AVIF_HAS_INDEX 0x10u
#define NM_AVIF_IS_INTERLEAVED 0x100u
#define NM_AVIIF_KEY_FRAME 0x10u

#define NM_AVI_CHUNK_HEADER_BYTES 8u
#define NM_AVI_INDEX_ENTRY_BYTES 16u
#define NM_AVI_AVIH_BYTES 56u
#define NM_AVI_STRH_BYTES 56u
#define NM_AVI_BITMAPINFO_BYTES 40u
#define NM_AVI_WAVEFORMAT_BYTES 18u

#endif /* NM_LE_H */
