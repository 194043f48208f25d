/*
 * nm_host.h - host only: the library behind plain functions and opaque handles, for P/Invoke from .NET (the
 * byte-identity tests, the benchmark, the simulator). Handles are allocated once, at create; the frame and
 * audio calls allocate nothing. Closed chunks wait in a small queue the caller polls (no callback into .NET).
 */
#ifndef NM_HOST_H
#define NM_HOST_H

#include <stdint.h>

#include "nm_recorder.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define NM_HOST_API __declspec(dllexport)
#else
#define NM_HOST_API __attribute__((visibility("default")))
#endif

typedef struct nm_host_avi nm_host_avi;
typedef struct nm_host_recorder nm_host_recorder;

/** A chunk writer over the folder root (the card). NULL on a bad format. */
NM_HOST_API nm_host_avi *nm_host_avi_create(const char *root, const nm_avi_format *format);
NM_HOST_API int nm_host_avi_begin(nm_host_avi *avi, const char *path);
NM_HOST_API int nm_host_avi_video(nm_host_avi *avi, const uint8_t *frame, int32_t count, int64_t capture_ms);
NM_HOST_API int nm_host_avi_audio(nm_host_avi *avi, const uint8_t *pcm, int32_t count);
/** Finishes and closes the chunk; *length receives its final length. */
NM_HOST_API int nm_host_avi_finish(nm_host_avi *avi, uint32_t *length);
NM_HOST_API void nm_host_avi_destroy(nm_host_avi *avi);

/** A recorder over the folder root through a fault card (no fault until nm_host_recorder_fault). */
NM_HOST_API nm_host_recorder *nm_host_recorder_create(const char *root, const nm_recorder_config *config,
                                                      int32_t audio_buffer_bytes, int32_t read_buffer_bytes);
/**
 * A recorder over the caller's card and events: ops and card_context are the caller's file operations (the
 * simulator passes callbacks into its own card, so faults and the space account are the ones its managed
 * engine meets), events its chunk reports (called from inside the recorder's calls, on the caller's thread).
 * The table and both contexts must outlive the recorder. nm_host_recorder_fault and take_closed do not apply.
 */
NM_HOST_API nm_host_recorder *nm_host_recorder_create_on(const nm_file_ops *ops, void *card_context,
                                                         const nm_recorder_events *events,
                                                         const nm_recorder_config *config, int32_t audio_buffer_bytes,
                                                         int32_t read_buffer_bytes);
NM_HOST_API int nm_host_recorder_begin(nm_host_recorder *host, const char *directory, uint32_t first_sequence,
                                       int32_t with_audio);
NM_HOST_API int nm_host_recorder_frame(nm_host_recorder *host, const uint8_t *jpeg, int32_t count, int64_t capture_ms);
NM_HOST_API int nm_host_recorder_audio(nm_host_recorder *host, const uint8_t *pcm, int32_t count);
NM_HOST_API int nm_host_recorder_set_muted(nm_host_recorder *host, int32_t muted);
NM_HOST_API void nm_host_recorder_drop_audio(nm_host_recorder *host);
NM_HOST_API int nm_host_recorder_close_chunk(nm_host_recorder *host);
NM_HOST_API int nm_host_recorder_settle(nm_host_recorder *host);
NM_HOST_API void nm_host_recorder_abandon(nm_host_recorder *host);
/** Takes the oldest closed chunk reported and not yet taken: 1 and *record filled, or 0 when none. */
NM_HOST_API int nm_host_recorder_take_closed(nm_host_recorder *host, nm_chunk_record *record);
/** Plans card faults (NM_FAULT_NEVER = UINT64_MAX for none); removed != 0 pulls the card now. */
NM_HOST_API void nm_host_recorder_fault(nm_host_recorder *host, uint64_t cut_after_bytes, uint64_t cut_after_ops,
                                        uint64_t full_after_bytes, uint64_t error_at_op, int32_t lose_unflushed,
                                        int32_t removed);
NM_HOST_API void nm_host_recorder_destroy(nm_host_recorder *host);

/** sizeof(nm_chunk_record) and sizeof(nm_recorder_config), so the binding can check its struct layouts. */
NM_HOST_API int32_t nm_host_record_size(void);
NM_HOST_API int32_t nm_host_config_size(void);

#ifdef __cplusplus
}
#endif

#endif /* NM_HOST_H */
