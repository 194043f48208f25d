/*
 * bwc_media_posix.c - the service on nanoCLR's POSIX build: the card is a folder through plain stdio, the
 * camera and microphone are the test pattern, and every command first feeds the frames captured up to its
 * time (with the PCM captured up to each frame), then applies, all in the caller's thread.
 * BWC_TEST_PATTERN_FLIP_FRAME=<k> in the environment flips one bit in the middle of test-pattern frame k, so the
 * interop check can show that it fails when the native side writes other bytes (Tests/NativeMediaInterop).
 */
#include "bwc_media_core.h"
#include "bwc_test_pattern.h"

#include <stdlib.h>
#include <string.h>

#define BWC_POSIX_AUDIO_STEP 1024 /* samples generated per push */

static bool s_camera;
static uint32_t s_fps;
static uint32_t s_next_frame;
static long s_flip_frame = -1;
static bool s_microphone;
static uint32_t s_rate_hz;
static uint64_t s_samples_pushed;
static uint8_t s_frame[BWC_PATTERN_MAX_FRAME_BYTES];
static uint8_t s_pcm[2 * BWC_POSIX_AUDIO_STEP];

static void push_audio_until(int64_t t_ms)
{
    if (!s_microphone)
    {
        return;
    }

    uint64_t until = bwc_pattern_samples_until(t_ms, s_rate_hz);
    while (s_samples_pushed < until)
    {
        size_t count = until - s_samples_pushed < BWC_POSIX_AUDIO_STEP ? (size_t)(until - s_samples_pushed)
                                                                          : BWC_POSIX_AUDIO_STEP;
        bwc_pattern_samples(s_samples_pushed, count, s_pcm);
        bwc_core_audio(s_pcm, 2 * count);
        s_samples_pushed += count;
    }
}

/* What the ESP32's camera and I2S tasks would have delivered by now_ms, in capture order. */
static void catch_up(int64_t now_ms)
{
    while (s_camera && bwc_pattern_frame_time(s_next_frame, s_fps) <= now_ms)
    {
        int64_t capture_ms = bwc_pattern_frame_time(s_next_frame, s_fps);
        push_audio_until(capture_ms);
        size_t length = bwc_pattern_frame(s_next_frame, s_frame);
        if ((long)s_next_frame == s_flip_frame)
        {
            s_frame[length / 2] ^= 0x01u;
        }

        bwc_core_frame(s_frame, length, capture_ms);
        s_next_frame++;
    }
}

const char *bwc_media_version(void)
{
    return "nativemedia 1.0 posix test-pattern";
}

int bwc_media_start(const char *card_root, const int32_t *config, size_t count)
{
    s_camera = false;
    s_microphone = false;
    /* Every write through the stage, so this build runs the device's staging path. */
    return bwc_core_start(card_root, config, count, false, bwc_stage_always);
}

int bwc_media_start_camera(const int32_t *pins, size_t pin_count, int xclk_hz, int frame_size, int jpeg_quality,
                           int frame_buffers)
{
    (void)pins;
    (void)pin_count;
    (void)xclk_hz;
    (void)frame_size;
    (void)jpeg_quality;
    (void)frame_buffers;
    if (!bwc_core_started() || bwc_core_config()->format.max_video_frame_bytes < BWC_PATTERN_MAX_FRAME_BYTES)
    {
        return NM_ERR_ARG;
    }

    s_fps = bwc_core_config()->format.frames_per_second;
    s_next_frame = 0;
    const char *flip = getenv("BWC_TEST_PATTERN_FLIP_FRAME");
    s_flip_frame = flip != NULL && *flip != '\0' ? strtol(flip, NULL, 10) : -1;
    s_camera = true;
    return 0;
}

int bwc_media_start_microphone(int clock_pin, int data_pin, int sample_rate_hz)
{
    (void)clock_pin;
    (void)data_pin;
    if (!bwc_core_started() || sample_rate_hz <= 0)
    {
        return NM_ERR_ARG;
    }

    s_rate_hz = (uint32_t)sample_rate_hz;
    s_samples_pushed = 0;
    s_microphone = true;
    return 0;
}

int bwc_media_begin(int64_t now_ms, const char *directory, uint32_t first_sequence, bool with_audio)
{
    catch_up(now_ms);
    return bwc_core_begin(directory, first_sequence, with_audio);
}

int bwc_media_set_muted(int64_t now_ms, bool muted)
{
    catch_up(now_ms);
    push_audio_until(now_ms);
    return bwc_core_set_muted(muted);
}

int bwc_media_close_chunk(int64_t now_ms, bool end_segment)
{
    catch_up(now_ms);
    return bwc_core_close_chunk(end_segment);
}

int bwc_media_settle(int64_t now_ms)
{
    catch_up(now_ms);
    return bwc_core_settle();
}

int bwc_media_abandon(int64_t now_ms)
{
    catch_up(now_ms);
    return bwc_core_abandon();
}

int bwc_media_poll(int64_t now_ms)
{
    int32_t status[BWC_STATUS_COUNT];
    catch_up(now_ms);
    bwc_core_status(status, BWC_STATUS_COUNT);
    return status[BWC_STATUS_CLOSED_WAITING];
}

bool bwc_media_take_event(nm_chunk_record *record, int *kind, int *result)
{
    return bwc_core_take_event(record, kind, result);
}

void bwc_media_status(int32_t *values, size_t count)
{
    bwc_core_status(values, count);
}

void bwc_media_stop(void)
{
    bwc_core_stop();
    s_camera = false;
    s_microphone = false;
}
