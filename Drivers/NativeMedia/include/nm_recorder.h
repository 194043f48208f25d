/*
 * nm_recorder.h - the per-frame media path: camera frames and microphone PCM into chunk files on the card.
 *
 * This is what the ESP32 calls for every frame (camera frame buffer -> nm_recorder_frame) and every I2S
 * DMA buffer (-> nm_recorder_audio), and what the managed engine commands once per segment (a pre-event ring
 * or a clip: nm_recorder_begin, nm_recorder_close_chunk, nm_recorder_settle). It does, byte for byte, what
 * the managed MediaPipeline's frame path does:
 *   - a chunk closes when a frame comes chunk_ms after the chunk's first frame, or the index is full;
 *   - before each frame, the PCM pushed since the previous frame goes in as "01wb" chunks of at most
 *     max_audio_chunk_bytes (silence while muted, the same length), then the frame as "00dc";
 *   - the open chunk is flushed when a frame's capture time is flush_interval_ms past the last flush, so a
 *     power cut loses less than that span;
 *   - a closed chunk is read back and hashed in slices after each frame (twice the bytes the frame added),
 *     and settled, with one chunk_closed event, when the next chunk closes or at nm_recorder_settle.
 *
 * Every buffer is the caller's, given at init: nothing is allocated here. The card is opened once per chunk
 * (create, then open_read for the hash). Every call returns an nm_result; after a card error the recorder
 * leaves the chunk on the card as it is (for boot repair) and refuses frames until the next begin.
 */
#ifndef NM_RECORDER_H
#define NM_RECORDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nm_avi.h"
#include "nm_file.h"
#include "nm_file_hasher.h"
#include "nm_stdio_card.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NM_NAME_MAX 16

/** A closed chunk, as the manifest's "chunk" line and the managed ChunkRecord describe it. */
typedef struct
{
    char name[NM_NAME_MAX]; /* "000003.avi" */
    char path[NM_PATH_MAX]; /* "clips/000007/000003.avi" */
    uint32_t bytes;
    uint32_t frames;          /* pictures */
    uint32_t timeline_frames; /* pictures and skipped-frame slots */
    uint32_t audio_bytes;
    int64_t first_frame_ms;
    int64_t last_frame_ms;
    uint8_t sha256[32];
} nm_chunk_record;

/** Once per chunk, never per frame. Either pointer may be NULL. */
typedef struct
{
    void (*chunk_opened)(void *context, const char *name, int64_t first_frame_ms);
    void (*chunk_closed)(void *context, const nm_chunk_record *record);
    void *context;
} nm_recorder_events;

typedef struct
{
    nm_avi_format format;       /* audio_rate_hz > 0 lets segments carry audio */
    uint32_t chunk_ms;          /* 10000 */
    uint32_t flush_interval_ms; /* 1000 */
} nm_recorder_config;

/** The caller's memory. Sizes: index >= nm_avi_index_bytes(format); audio >= max_audio_chunk_bytes (PCM
 *  between two frames: 67 ms at 15 fps is 2.1 KB at 16 kHz; 8 KB is ample); read: 4-16 KB. */
typedef struct
{
    uint8_t *index;
    size_t index_bytes;
    uint8_t *audio;
    size_t audio_bytes;
    uint8_t *read;
    size_t read_bytes;
} nm_recorder_buffers;

typedef struct
{
    nm_recorder_config config;
    nm_card card;
    nm_recorder_events events;
    nm_recorder_buffers buffers;
    nm_avi_writer writer;
    nm_file_hasher hasher;

    bool segment;
    bool segment_audio;
    bool faulted;
    bool muted;
    char directory[NM_PATH_MAX];
    uint32_t next_sequence;

    nm_file *file;
    nm_chunk_record open;
    int64_t last_flush_ms;

    bool hash_pending;
    nm_chunk_record closed;

    size_t audio_pending;
} nm_recorder;

int nm_recorder_init(nm_recorder *recorder, const nm_recorder_config *config, nm_card card,
                     const nm_recorder_buffers *buffers, const nm_recorder_events *events);

/**
 * Starts a segment: the next chunks go to directory/NNNNNN.avi from first_sequence on, with audio when
 * with_audio (and the format has it). No chunk may be open. Clears an earlier fault.
 */
int nm_recorder_begin(nm_recorder *recorder, const char *directory, uint32_t first_sequence, bool with_audio);

/** One camera frame (JPEG) captured at capture_ms; PCM pushed before it goes in first. */
int nm_recorder_frame(nm_recorder *recorder, const uint8_t *jpeg, size_t count, int64_t capture_ms);

/** PCM captured since the last call (16-bit LE mono, even count); held until the next frame. */
int nm_recorder_audio(nm_recorder *recorder, const uint8_t *pcm, size_t count);

/** Privacy mute: the PCM pushed so far keeps the old state (it goes into the open chunk now). */
int nm_recorder_set_muted(nm_recorder *recorder, bool muted);

/** Forgets the PCM pushed since the last frame (nothing is being recorded). */
void nm_recorder_drop_audio(nm_recorder *recorder);

/** Closes the open chunk at a seam (stop, roll-over, record start); its hash starts. */
int nm_recorder_close_chunk(nm_recorder *recorder);

/** Completes the closed chunk's hash now and reports it (chunk_closed). Nothing pending: NM_OK. */
int nm_recorder_settle(nm_recorder *recorder);

/** After a card fault: leaves the open chunk as the card has it, drops the pending hash. */
void nm_recorder_abandon(nm_recorder *recorder);

/** The sequence the next chunk of the segment will take. */
uint32_t nm_recorder_next_sequence(const nm_recorder *recorder);

/** True while a chunk is open. */
bool nm_recorder_chunk_open(const nm_recorder *recorder);

/** Releases the mbedTLS context (and any file still open). */
void nm_recorder_free(nm_recorder *recorder);

#ifdef __cplusplus
}
#endif

#endif /* NM_RECORDER_H */
