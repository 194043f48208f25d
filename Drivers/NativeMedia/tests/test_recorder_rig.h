/* test_recorder_rig.h - a recorder over a temporary fault card, with the events it reported. */
#ifndef TEST_RECORDER_RIG_H
#define TEST_RECORDER_RIG_H

#include "test_support.h"

#define RIG_MAX_CHUNKS 16
#define RIG_FRAME_BYTES 1500
#define RIG_PCM_PER_FRAME 2134 /* about 1/15 s at 16 kHz, even */

typedef struct
{
    test_card card;
    nm_recorder recorder;
    uint8_t index[16 * (11 * TEST_FPS + 2 * 11 * TEST_FPS + 64)];
    uint8_t audio[16384];
    uint8_t read[4096];
    int opened;
    int64_t last_opened_ms;
    nm_chunk_record closed[RIG_MAX_CHUNKS];
    int closed_count;
} recorder_rig;

/** A recorder writing 10 s chunks into "clip/" from 000001.avi, with or without audio. */
void rig_start(recorder_rig *rig, int with_audio, uint32_t flush_ms);
void rig_stop(recorder_rig *rig);
/** One frame's PCM, then frame number frame_number captured at time_ms. */
int rig_feed(recorder_rig *rig, uint32_t frame_number, int64_t time_ms);

#endif /* TEST_RECORDER_RIG_H */
