/*
 * bwc_media_core.h - the part of the service both backends share: the recorder with its fixed buffers, the
 * segment state, the counters and the queue of chunk events (opened; closed and hashed). Not thread-safe: one
 * task calls it (the interpreter's thread on posix; on the ESP32 the recorder task, and the interop bodies only
 * under the backend's lock).
 */
#ifndef BWC_MEDIA_CORE_H
#define BWC_MEDIA_CORE_H

#include "bwc_media_service.h"
#include "bwc_staged_card.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Fixed memory: an index for up to 2048 frame slots plus audio chunks (10 s at 30 fps with audio needs 16 KB). */
#define BWC_CORE_INDEX_BYTES (32u * 1024u)
#define BWC_CORE_AUDIO_BYTES (16u * 1024u)
#define BWC_CORE_READ_BYTES (16u * 1024u)
#define BWC_CORE_STAGE_BYTES (16u * 1024u) /* frame writes out of PSRAM, in slices (bwc_staged_card.h) */
#define BWC_CORE_EVENT_QUEUE 16

/** sync_on_flush: fsync at each flush (FATFS f_sync); needs_stage: which writes go through the internal stage. */
int bwc_core_start(const char *card_root, const int32_t *config, size_t count, bool sync_on_flush,
                   bwc_stage_predicate needs_stage);
const nm_recorder_config *bwc_core_config(void);
bool bwc_core_started(void);

/* The commands, applied now (the backend has fed every frame captured up to their time first). */
int bwc_core_begin(const char *directory, uint32_t first_sequence, bool with_audio);
int bwc_core_set_muted(bool muted);
int bwc_core_close_chunk(bool end_segment);
int bwc_core_settle(void);
int bwc_core_abandon(void);

/* The sources. */
void bwc_core_frame(const uint8_t *jpeg, size_t count, int64_t capture_ms);
void bwc_core_audio(const uint8_t *pcm, size_t count);
void bwc_core_frame_lost(void);
void bwc_core_audio_lost(void);

/** The oldest event: *kind a BWC_EVENT_*, *result the nm_result of a fault (NM_OK otherwise). */
bool bwc_core_take_event(nm_chunk_record *record, int *kind, int *result);
void bwc_core_status(int32_t *values, size_t count);
void bwc_core_stop(void);

#ifdef __cplusplus
}
#endif

#endif /* BWC_MEDIA_CORE_H */
