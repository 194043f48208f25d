/* test_recorder.c - the per-frame path: chunk rotation, audio before frames, mute as silence, hash, flush. */
#include <stdlib.h>
#include <string.h>

#include "test_recorder_rig.h"

static void on_opened(void *context, const char *name, int64_t first_frame_ms)
{
    recorder_rig *rig = (recorder_rig *)context;
    (void)name;
    rig->opened++;
    rig->last_opened_ms = first_frame_ms;
}

static void on_closed(void *context, const nm_chunk_record *record)
{
    recorder_rig *rig = (recorder_rig *)context;
    assert_true(rig->closed_count < RIG_MAX_CHUNKS);
    rig->closed[rig->closed_count++] = *record;
}

void rig_start(recorder_rig *rig, int with_audio, uint32_t flush_ms)
{
    memset(rig, 0, sizeof(*rig));
    test_card_open(&rig->card);
    test_card_mkdir(&rig->card, "clip");
    nm_recorder_config config = {test_format(1), 10000, flush_ms};
    nm_recorder_buffers buffers = {rig->index, sizeof(rig->index), rig->audio, sizeof(rig->audio), rig->read, sizeof(rig->read)};
    nm_recorder_events events = {on_opened, on_closed, rig};
    assert_true(nm_avi_index_bytes(&config.format) <= sizeof(rig->index));
    assert_int_equal(nm_recorder_init(&rig->recorder, &config, rig->card.card, &buffers, &events), NM_OK);
    assert_int_equal(nm_recorder_begin(&rig->recorder, "clip", 1, with_audio != 0), NM_OK);
}

void rig_stop(recorder_rig *rig)
{
    nm_recorder_free(&rig->recorder);
    test_card_close(&rig->card);
}

int rig_feed(recorder_rig *rig, uint32_t frame_number, int64_t time_ms)
{
    uint8_t frame[RIG_FRAME_BYTES + 64];
    uint8_t pcm[RIG_PCM_PER_FRAME];
    size_t count = RIG_FRAME_BYTES + (frame_number % 7); /* odd and even sizes */
    test_frame(frame, count, frame_number);
    test_pcm(pcm, sizeof(pcm), frame_number * (RIG_PCM_PER_FRAME / 2));
    int rc = nm_recorder_audio(&rig->recorder, pcm, sizeof(pcm));
    if (rc != NM_OK)
    {
        return rc;
    }

    return nm_recorder_frame(&rig->recorder, frame, count, time_ms);
}

static void chunks_close_every_ten_seconds_with_one_event_and_the_hash_of_the_file(void **state)
{
    (void)state;
    recorder_rig rig;
    rig_start(&rig, 1, 1000);
    /* 25 s at 15 fps: chunks of 150 frames, 150 frames, 75 frames. */
    for (uint32_t i = 0; i < 375; i++)
    {
        assert_int_equal(rig_feed(&rig, i, 1000 + (int64_t)i * 1000 / 15), NM_OK);
    }

    assert_int_equal(rig.opened, 3);
    assert_int_equal(rig.closed_count, 1); /* the first chunk is settled when the second closes */
    assert_int_equal(nm_recorder_close_chunk(&rig.recorder), NM_OK);
    assert_int_equal(rig.closed_count, 2);
    assert_int_equal(nm_recorder_settle(&rig.recorder), NM_OK);
    assert_int_equal(rig.closed_count, 3);

    uint32_t expected_frames[3] = {150, 150, 75};
    for (int c = 0; c < 3; c++)
    {
        const nm_chunk_record *record = &rig.closed[c];
        size_t length = 0;
        uint8_t digest[32];
        uint8_t *data = test_read_file(&rig.card, record->path, &length);
        assert_int_equal(record->bytes, length);
        assert_int_equal(nm_sha256(data, length, digest), NM_OK);
        assert_memory_equal(record->sha256, digest, 32);
        assert_int_equal(record->frames, expected_frames[c]);
        assert_int_equal(record->timeline_frames, expected_frames[c]);
        assert_int_equal(record->audio_bytes, expected_frames[c] * RIG_PCM_PER_FRAME);
        assert_int_equal(record->first_frame_ms, 1000 + (int64_t)c * 10000);
        test_movi movi = test_walk(data, length, NM_AVI_HEADER_BYTES_AUDIO);
        assert_int_equal(movi.pictures, expected_frames[c]);
        assert_int_equal(movi.audio_bytes, expected_frames[c] * RIG_PCM_PER_FRAME);
        assert_true(movi.has_idx1);
        free(data);
    }

    assert_string_equal(rig.closed[0].name, "000001.avi");
    assert_string_equal(rig.closed[2].path, "clip/000003.avi");
    assert_int_equal(nm_recorder_next_sequence(&rig.recorder), 4);
    rig_stop(&rig);
}

static void audio_pushed_before_a_frame_goes_in_front_of_it_in_pieces_of_the_chunk_size(void **state)
{
    (void)state;
    recorder_rig rig;
    uint8_t frame[100];
    uint8_t pcm[20000];
    size_t length = 0;
    rig_start(&rig, 1, 1000);
    test_frame(frame, sizeof(frame), 1);
    test_pcm(pcm, sizeof(pcm), 0);
    /* More than the rig's 16 KB holds with no chunk open yet: refused with its own code. */
    assert_int_equal(nm_recorder_audio(&rig.recorder, pcm, sizeof(pcm)), NM_ERR_AUDIO_OVERRUN);
    nm_recorder_drop_audio(&rig.recorder);
    assert_int_equal(nm_recorder_audio(&rig.recorder, pcm, 16000), NM_OK);
    assert_int_equal(nm_recorder_frame(&rig.recorder, frame, sizeof(frame), 0), NM_OK);
    assert_int_equal(nm_recorder_close_chunk(&rig.recorder), NM_OK);
    assert_int_equal(nm_recorder_settle(&rig.recorder), NM_OK);

    uint8_t *data = test_read_file(&rig.card, "clip/000001.avi", &length);
    const uint8_t *at = data + NM_AVI_HEADER_BYTES_AUDIO;
    size_t pieces[3] = {8192, 16000 - 8192, 0};
    size_t offset = 0;
    for (int i = 0; i < 2; i++)
    {
        assert_memory_equal(at, "01wb", 4);
        assert_int_equal(test_le32(at + 4), pieces[i]);
        assert_memory_equal(at + 8, pcm + offset, pieces[i]);
        offset += pieces[i];
        at += 8 + pieces[i];
    }

    assert_memory_equal(at, "00dc", 4);
    free(data);
    rig_stop(&rig);
}

static void muted_audio_is_silence_of_the_same_length_from_the_switch_on(void **state)
{
    (void)state;
    recorder_rig rig;
    size_t length = 0;
    rig_start(&rig, 1, 1000);
    for (uint32_t i = 0; i < 30; i++)
    {
        if (i == 10)
        {
            assert_int_equal(nm_recorder_set_muted(&rig.recorder, true), NM_OK);
        }

        if (i == 20)
        {
            assert_int_equal(nm_recorder_set_muted(&rig.recorder, false), NM_OK);
        }

        assert_int_equal(rig_feed(&rig, i, (int64_t)i * 1000 / 15), NM_OK);
    }

    assert_int_equal(nm_recorder_close_chunk(&rig.recorder), NM_OK);
    assert_int_equal(nm_recorder_settle(&rig.recorder), NM_OK);
    uint8_t *data = test_read_file(&rig.card, "clip/000001.avi", &length);
    test_movi movi = test_walk(data, length, NM_AVI_HEADER_BYTES_AUDIO);
    assert_int_equal(movi.audio_bytes, 30 * RIG_PCM_PER_FRAME);
    /* The PCM pushed before frames 10..19 is silence; the test tone has no zero byte. */
    assert_int_equal(movi.silent_audio_bytes, 10 * RIG_PCM_PER_FRAME);
    assert_int_equal(rig.closed[0].audio_bytes, 30 * RIG_PCM_PER_FRAME);
    free(data);
    rig_stop(&rig);
}

static void video_only_segment_drops_the_audio(void **state)
{
    (void)state;
    recorder_rig rig;
    size_t length = 0;
    rig_start(&rig, 0, 1000);
    for (uint32_t i = 0; i < 20; i++)
    {
        assert_int_equal(rig_feed(&rig, i, (int64_t)i * 1000 / 15), NM_OK);
    }

    assert_int_equal(nm_recorder_close_chunk(&rig.recorder), NM_OK);
    assert_int_equal(nm_recorder_settle(&rig.recorder), NM_OK);
    uint8_t *data = test_read_file(&rig.card, "clip/000001.avi", &length);
    test_movi movi = test_walk(data, length, NM_AVI_HEADER_BYTES_VIDEO);
    assert_int_equal(movi.pictures, 20);
    assert_int_equal(movi.audio_chunks, 0);
    assert_memory_equal(data + 12, "LIST", 4);
    free(data);
    rig_stop(&rig);
}

static void flush_policy_lets_a_power_cut_take_less_than_one_second(void **state)
{
    (void)state;
    recorder_rig rig;
    size_t length = 0;
    rig_start(&rig, 1, 1000);
    rig.card.fault.lose_unflushed = true;
    int64_t last_fed_ms = 0;
    for (uint32_t i = 0; i < 100; i++)
    {
        last_fed_ms = 1000 + (int64_t)i * 1000 / 15;
        assert_int_equal(rig_feed(&rig, i, last_fed_ms), NM_OK);
    }

    /* The power goes: the card keeps what was flushed. */
    rig.card.fault.cut_after_ops = rig.card.fault.ops;
    assert_int_equal(rig_feed(&rig, 100, last_fed_ms + 66), NM_ERR_CARD_REMOVED);
    assert_int_equal(rig_feed(&rig, 101, last_fed_ms + 133), NM_ERR_STATE);

    uint8_t *data = test_read_file(&rig.card, "clip/000001.avi", &length);
    test_movi movi = test_walk(data, length, NM_AVI_HEADER_BYTES_AUDIO);
    /* Frame n was captured at 1000 + n/15 s; the kept ones reach to within 1 s of the last one fed. */
    int64_t last_kept_ms = 1000 + (int64_t)(movi.pictures - 1) * 1000 / 15;
    assert_true(movi.pictures > 0);
    assert_true(last_fed_ms - last_kept_ms < 1000);
    assert_true(movi.pictures < 100); /* the cut did take the unflushed tail: the check can fail */
    free(data);
    rig_stop(&rig);
}

static void begin_refuses_while_a_chunk_is_open_and_bad_pcm_is_refused(void **state)
{
    (void)state;
    recorder_rig rig;
    uint8_t pcm[3] = {0, 0, 0};
    rig_start(&rig, 1, 1000);
    assert_int_equal(rig_feed(&rig, 0, 0), NM_OK);
    assert_int_equal(nm_recorder_begin(&rig.recorder, "clip", 9, true), NM_ERR_STATE);
    assert_int_equal(nm_recorder_audio(&rig.recorder, pcm, 3), NM_ERR_ARG);
    assert_int_equal(nm_recorder_frame(&rig.recorder, pcm, 0, 10), NM_ERR_ARG);
    assert_int_equal(nm_recorder_close_chunk(&rig.recorder), NM_OK);
    assert_int_equal(nm_recorder_begin(&rig.recorder, "clip", 9, true), NM_OK);
    assert_int_equal(nm_recorder_settle(&rig.recorder), NM_OK);
    assert_int_equal(rig.closed_count, 1);
    rig_stop(&rig);
}

const struct CMUnitTest recorder_tests[] = {
    cmocka_unit_test(chunks_close_every_ten_seconds_with_one_event_and_the_hash_of_the_file),
    cmocka_unit_test(audio_pushed_before_a_frame_goes_in_front_of_it_in_pieces_of_the_chunk_size),
    cmocka_unit_test(muted_audio_is_silence_of_the_same_length_from_the_switch_on),
    cmocka_unit_test(video_only_segment_drops_the_audio),
    cmocka_unit_test(flush_policy_lets_a_power_cut_take_less_than_one_second),
    cmocka_unit_test(begin_refuses_while_a_chunk_is_open_and_bad_pcm_is_refused),
};
const size_t recorder_test_count = sizeof(recorder_tests) / sizeof(recorder_tests[0]);
