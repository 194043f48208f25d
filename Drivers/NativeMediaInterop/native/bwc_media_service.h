/*
 * bwc_media_service.h - what the interop bodies call: the native media path as the managed side commands it.
 *
 * One recorder (Drivers/NativeMedia's nm_recorder) fed by the board's camera and microphone; managed code sends
 * only per-segment and per-chunk commands, each stamped with the loop's time now_ms: frames captured at or
 * before now_ms belong to the state before the command. Chunk events (opened; closed with
 * length, frames, times and SHA-256; a card fault) wait in a small queue that the managed side drains once per
 * loop pass (one NativeTakeEvent call per event). Chosen over nanoFramework's native events
 * (nf-interpreter src/CLR/Core/NativeEventDispatcher/NativeEventDispatcher.cpp): SaveToHALQueue carries two
 * 32-bit values, not a chunk record, drops the oldest entry when the HAL queue is full (a lost manifest line),
 * and StartDispatch runs the handler on the interrupt dispatch thread, while the store wants its events on
 * the loop's thread, between two of its own calls.
 * Two backends implement this header: esp32/ (camera, PDM microphone and the recorder in tasks of their own,
 * commands queued to the recorder's task) and posix/ (nanoCLR on a PC: a deterministic test-pattern camera and
 * microphone, commands applied at once in the caller's thread).
 * Every int result is an nm_result (0 ok, negative failure), or an esp_err_t where said.
 */
#ifndef BWC_MEDIA_SERVICE_H
#define BWC_MEDIA_SERVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nm_recorder.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The managed config array (NativeMediaConfig.ToArray), in this order. */
enum
{
    BWC_CONFIG_WIDTH,
    BWC_CONFIG_HEIGHT,
    BWC_CONFIG_FPS,
    BWC_CONFIG_MAX_FRAMES,
    BWC_CONFIG_MAX_FRAME_BYTES,
    BWC_CONFIG_AUDIO_RATE,
    BWC_CONFIG_MAX_AUDIO_CHUNKS,
    BWC_CONFIG_MAX_AUDIO_CHUNK_BYTES,
    BWC_CONFIG_CHUNK_MS,
    BWC_CONFIG_FLUSH_MS,
    BWC_CONFIG_COUNT
};

/* The managed status array (NativeMediaStatus), in this order. */
enum
{
    BWC_STATUS_FLAGS, /* 1 segment, 2 chunk open, 4 faulted, 8 muted */
    BWC_STATUS_LAST_RESULT,
    BWC_STATUS_FRAMES_RECORDED,
    BWC_STATUS_FRAMES_DROPPED,
    BWC_STATUS_FRAMES_IDLE,
    BWC_STATUS_AUDIO_OVERRUNS,
    BWC_STATUS_CLOSED_WAITING,
    BWC_STATUS_COMMANDS_APPLIED, /* begin, mute, close, settle and abandon commands applied since start */
    BWC_STATUS_COUNT
};

/* What an event reports (NativeTakeEvent's kind). */
enum
{
    BWC_EVENT_OPENED = 0,  /* a chunk received its first frame: name and first frame time */
    BWC_EVENT_CLOSED = 1,  /* a chunk closed, durable and hashed: every field */
    BWC_EVENT_FAULTED = 2  /* a card error stopped the segment: the nm_result and the chunk's path */
};

const char *bwc_media_version(void);

int bwc_media_start(const char *card_root, const int32_t *config, size_t count);

/** esp_err_t on the device; the posix backend starts its test-pattern camera. */
int bwc_media_start_camera(const int32_t *pins, size_t pin_count, int xclk_hz, int frame_size, int jpeg_quality,
                           int frame_buffers);

/** esp_err_t on the device; the posix backend starts its test-pattern microphone. */
int bwc_media_start_microphone(int clock_pin, int data_pin, int sample_rate_hz);

int bwc_media_begin(int64_t now_ms, const char *directory, uint32_t first_sequence, bool with_audio);
int bwc_media_set_muted(int64_t now_ms, bool muted);
int bwc_media_close_chunk(int64_t now_ms, bool end_segment);
int bwc_media_settle(int64_t now_ms);

/** Gives up the open chunk and the pending hash (a fault the managed store met); no event. */
int bwc_media_abandon(int64_t now_ms);

/** Catches up to now_ms; returns the chunk events waiting. */
int bwc_media_poll(int64_t now_ms);

/** The oldest event into record (*kind a BWC_EVENT_*, *result a fault's nm_result); false when none. */
bool bwc_media_take_event(nm_chunk_record *record, int *kind, int *result);

void bwc_media_status(int32_t *values, size_t count);

void bwc_media_stop(void);

#ifdef __cplusplus
}
#endif

#endif /* BWC_MEDIA_SERVICE_H */
