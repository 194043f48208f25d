/*
 * nm_avi.h - writes one chunk: a self-contained AVI 1.0 file (RIFF, MJPEG video, optional 16-bit mono PCM),
 * byte for byte as the managed Shared/Media/Avi/AviChunkWriter writes it (see its README for the layout).
 *
 * begin writes the header with zero sizes; each frame is an 8-byte chunk header (preceded by the previous
 * chunk's pad byte when one is owed) plus the caller's buffer: two writes per frame, frame bytes never
 * copied. Frames are placed on the constant-rate timeline by capture time; skipped slots get empty "00dc"
 * chunks. finish appends idx1, flushes, patches the header and flushes again (the commit point).
 *
 * The index lives in a buffer the caller gives at init (nm_avi_index_bytes); nothing is allocated.
 */
#ifndef NM_AVI_H
#define NM_AVI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nm_file.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NM_AVI_HEADER_BYTES_VIDEO 224
#define NM_AVI_HEADER_BYTES_AUDIO 326
#define NM_AVI_MAX_CHUNK_DATA_BYTES (64u * 1024u * 1024u)
#define NM_AVI_MAX_FILE_BYTES (1024u * 1024u * 1024u)

/** What a chunk holds. audio_rate_hz 0: video only (the audio fields are then ignored). */
typedef struct
{
    uint32_t width;
    uint32_t height;
    uint32_t frames_per_second;
    uint32_t max_video_frames;      /* frame slots per chunk, e.g. (10 s + 1) * 15 fps */
    uint32_t max_video_frame_bytes; /* largest JPEG accepted, declared as the suggested buffer */
    uint32_t audio_rate_hz;
    uint32_t max_audio_chunks;
    uint32_t max_audio_chunk_bytes;
} nm_avi_format;

/** NM_OK when the format is within the managed AviFormat's limits, NM_ERR_ARG otherwise. */
int nm_avi_format_check(const nm_avi_format *format);

/** Header bytes for the format (224 video only, 326 with audio). */
size_t nm_avi_header_bytes(const nm_avi_format *format);

/** Index buffer the writer needs: 16 bytes per frame slot and audio chunk. */
size_t nm_avi_index_bytes(const nm_avi_format *format);

/** Where the fields known only at close sit in the header. */
typedef struct
{
    uint32_t avih_flags;
    uint32_t avih_total_frames;
    uint32_t video_length;
    int32_t audio_length;          /* -1 without audio */
    uint32_t movi_size;
    uint32_t movi_fourcc_position; /* idx1 offsets count from here */
    uint32_t header_bytes;
} nm_avi_layout;

typedef struct
{
    nm_avi_format format;
    nm_avi_layout layout;
    uint8_t header[NM_AVI_HEADER_BYTES_AUDIO];
    uint8_t chunk_header[9];
    uint8_t *index;
    size_t index_capacity;

    nm_card card;
    nm_file *file;
    uint32_t position;
    bool pad_pending;
    bool failed;
    uint32_t index_entries;
    uint32_t timeline_frames;
    uint32_t video_frames;
    uint32_t audio_chunks;
    uint32_t audio_bytes;
    int64_t first_frame_ms;
    int64_t last_frame_ms;
} nm_avi_writer;

/** Prepares a writer for chunks of format, with index_bytes >= nm_avi_index_bytes(format) at index. */
int nm_avi_writer_init(nm_avi_writer *writer, const nm_avi_format *format, uint8_t *index, size_t index_bytes);

/** Starts a chunk in file (new and empty, opened through card): writes the header with zero sizes. */
int nm_avi_writer_begin(nm_avi_writer *writer, nm_card card, nm_file *file);

/**
 * Appends one JPEG frame captured at capture_ms: the chunk's first frame sets the timeline's origin, a later
 * frame goes to the slot nearest its capture time after empty slots for skipped frames (as many as the index
 * has room for). Frames are never reordered or dropped.
 */
int nm_avi_writer_video(nm_avi_writer *writer, const uint8_t *frame, size_t count, int64_t capture_ms);

/** Appends one "01wb" chunk of PCM (16-bit little-endian mono, count even and > 0). */
int nm_avi_writer_audio(nm_avi_writer *writer, const uint8_t *samples, size_t count);

/** Closes the chunk (idx1, flush, header patch, flush); *length receives the final length. Caller closes the file. */
int nm_avi_writer_finish(nm_avi_writer *writer, uint32_t *length);

/** Forgets the open chunk after a card fault; the file is left as the card has it, for repair. */
void nm_avi_writer_abandon(nm_avi_writer *writer);

bool nm_avi_writer_is_open(const nm_avi_writer *writer);
bool nm_avi_writer_can_video(const nm_avi_writer *writer);
bool nm_avi_writer_can_audio(const nm_avi_writer *writer);
/** Bytes in the file so far, the owed pad byte included. */
uint32_t nm_avi_writer_length(const nm_avi_writer *writer);

/** Composes the header for format into header (>= nm_avi_header_bytes) with zero sizes; fills layout. */
void nm_avi_compose_header(const nm_avi_format *format, uint8_t *header, nm_avi_layout *layout);

/** Sets a closed chunk's sizes and counts in header, as the managed AviHeaderLayout.Patch does. */
void nm_avi_patch_header(const nm_avi_layout *layout, uint8_t *header, uint32_t file_length, uint32_t movi_end,
                         uint32_t timeline_frames, uint32_t audio_samples, bool has_index);

#ifdef __cplusplus
}
#endif

#endif /* NM_AVI_H */
