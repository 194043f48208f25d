/* test_avi.c - the chunk writer: layout, pad bytes, skipped-frame slots, the index, the header patch, checks. */
#include <stdlib.h>
#include <string.h>

#include "test_support.h"

typedef struct
{
    test_card card;
    nm_avi_writer writer;
    uint8_t *index;
    nm_file *file;
} avi_rig;

static void rig_open(avi_rig *rig, int with_audio)
{
    nm_avi_format format = test_format(with_audio);
    test_card_open(&rig->card);
    rig->index = malloc(nm_avi_index_bytes(&format));
    assert_int_equal(nm_avi_writer_init(&rig->writer, &format, rig->index, nm_avi_index_bytes(&format)), NM_OK);
    assert_int_equal(rig->card.card.ops->create(rig->card.card.context, "chunk.avi", &rig->file), NM_OK);
    assert_int_equal(nm_avi_writer_begin(&rig->writer, rig->card.card, rig->file), NM_OK);
}

static uint8_t *rig_finish(avi_rig *rig, size_t *length)
{
    uint32_t final_length = 0;
    assert_int_equal(nm_avi_writer_finish(&rig->writer, &final_length), NM_OK);
    assert_int_equal(rig->card.card.ops->close(rig->file), NM_OK);
    uint8_t *data = test_read_file(&rig->card, "chunk.avi", length);
    assert_int_equal(*length, final_length);
    return data;
}

static void rig_close(avi_rig *rig, uint8_t *data)
{
    free(data);
    free(rig->index);
    test_card_close(&rig->card);
}

static void empty_chunk_is_a_closed_riff_with_an_empty_index(void **state)
{
    (void)state;
    avi_rig rig;
    size_t length = 0;
    rig_open(&rig, 1);
    uint8_t *data = rig_finish(&rig, &length);

    assert_int_equal(length, NM_AVI_HEADER_BYTES_AUDIO + 8);
    assert_memory_equal(data, "RIFF", 4);
    assert_int_equal(test_le32(data + 4), length - 8);
    assert_memory_equal(data + 8, "AVI ", 4);
    assert_memory_equal(data + NM_AVI_HEADER_BYTES_AUDIO - 4, "movi", 4);
    assert_int_equal(test_le32(data + NM_AVI_HEADER_BYTES_AUDIO - 8), 4);
    assert_memory_equal(data + NM_AVI_HEADER_BYTES_AUDIO, "idx1", 4);
    assert_int_equal(test_le32(data + NM_AVI_HEADER_BYTES_AUDIO + 4), 0);
    assert_int_equal(test_le32(data + rig.writer.layout.avih_flags), 0x110);
    rig_close(&rig, data);
}

static void video_only_header_is_224_bytes_and_audio_header_326(void **state)
{
    (void)state;
    nm_avi_format video = test_format(0);
    nm_avi_format audio = test_format(1);
    assert_int_equal(nm_avi_header_bytes(&video), NM_AVI_HEADER_BYTES_VIDEO);
    assert_int_equal(nm_avi_header_bytes(&audio), NM_AVI_HEADER_BYTES_AUDIO);
    assert_int_equal(nm_avi_index_bytes(&audio), 16u * (165u + 394u));
}

static void odd_frame_is_padded_in_front_of_the_next_chunk_header_and_indexed(void **state)
{
    (void)state;
    avi_rig rig;
    uint8_t frame[101];
    uint8_t pcm[64];
    size_t length = 0;
    rig_open(&rig, 1);
    test_frame(frame, sizeof(frame), 1);
    test_pcm(pcm, sizeof(pcm), 0);
    assert_int_equal(nm_avi_writer_video(&rig.writer, frame, sizeof(frame), 1000), NM_OK);
    assert_int_equal(nm_avi_writer_length(&rig.writer), NM_AVI_HEADER_BYTES_AUDIO + 8 + 102);
    assert_int_equal(nm_avi_writer_audio(&rig.writer, pcm, sizeof(pcm)), NM_OK);
    uint8_t *data = rig_finish(&rig, &length);

    const uint8_t *first = data + NM_AVI_HEADER_BYTES_AUDIO;
    assert_memory_equal(first, "00dc", 4);
    assert_int_equal(test_le32(first + 4), 101);
    assert_memory_equal(first + 8, frame, sizeof(frame));
    assert_int_equal(first[8 + 101], 0);
    const uint8_t *second = first + 8 + 102;
    assert_memory_equal(second, "01wb", 4);
    assert_memory_equal(second + 8, pcm, sizeof(pcm));
    const uint8_t *idx1 = second + 8 + sizeof(pcm);
    assert_memory_equal(idx1, "idx1", 4);
    assert_int_equal(test_le32(idx1 + 4), 32);
    assert_memory_equal(idx1 + 8, "00dc", 4);
    assert_int_equal(test_le32(idx1 + 12), 0x10);
    assert_int_equal(test_le32(idx1 + 16), 4);
    assert_int_equal(test_le32(idx1 + 20), 101);
    assert_memory_equal(idx1 + 24, "01wb", 4);
    assert_int_equal(test_le32(idx1 + 32), 4 + 8 + 102);
    /* movi ends where idx1 starts; the header counts one frame and 32 samples. */
    assert_int_equal(test_le32(data + rig.writer.layout.movi_size), (uint32_t)(idx1 - data) - rig.writer.layout.movi_fourcc_position);
    assert_int_equal(test_le32(data + rig.writer.layout.video_length), 1);
    assert_int_equal(test_le32(data + (uint32_t)rig.writer.layout.audio_length), 32);
    rig_close(&rig, data);
}

static void late_frame_holds_the_skipped_slots_with_empty_chunks(void **state)
{
    (void)state;
    avi_rig rig;
    uint8_t frame[200];
    size_t length = 0;
    rig_open(&rig, 0);
    test_frame(frame, sizeof(frame), 1);
    assert_int_equal(nm_avi_writer_video(&rig.writer, frame, sizeof(frame), 5000), NM_OK);
    /* 200 ms later at 15 fps is slot 3: slots 1 and 2 were skipped. Jitter under half a period moves nothing. */
    assert_int_equal(nm_avi_writer_video(&rig.writer, frame, sizeof(frame), 5200), NM_OK);
    assert_int_equal(nm_avi_writer_video(&rig.writer, frame, sizeof(frame), 5290), NM_OK);
    assert_int_equal(rig.writer.timeline_frames, 5);
    assert_int_equal(rig.writer.video_frames, 3);
    uint8_t *data = rig_finish(&rig, &length);

    test_movi movi = test_walk(data, length, NM_AVI_HEADER_BYTES_VIDEO);
    assert_int_equal(movi.pictures, 3);
    assert_int_equal(movi.empty_slots, 2);
    assert_true(movi.has_idx1);
    const uint8_t *idx1 = data + movi.end;
    assert_int_equal(test_le32(idx1 + 8 + 16 + 4), 0); /* an empty slot is no keyframe */
    assert_int_equal(test_le32(data + rig.writer.layout.avih_total_frames), 5);
    rig_close(&rig, data);
}

static void bad_calls_are_refused_with_a_code_and_write_nothing(void **state)
{
    (void)state;
    avi_rig rig;
    uint8_t frame[TEST_MAX_FRAME + 1];
    uint8_t pcm[3] = {1, 2, 3};
    size_t length = 0;
    rig_open(&rig, 0);
    test_frame(frame, sizeof(frame), 1);
    uint32_t before = nm_avi_writer_length(&rig.writer);
    assert_int_equal(nm_avi_writer_video(&rig.writer, frame, sizeof(frame), 0), NM_ERR_ARG);
    assert_int_equal(nm_avi_writer_video(&rig.writer, NULL, 10, 0), NM_ERR_ARG);
    assert_int_equal(nm_avi_writer_video(&rig.writer, frame, 0, 0), NM_ERR_ARG);
    assert_int_equal(nm_avi_writer_audio(&rig.writer, pcm, 2), NM_ERR_STATE);
    assert_int_equal(nm_avi_writer_begin(&rig.writer, rig.card.card, rig.file), NM_ERR_STATE);
    assert_int_equal(nm_avi_writer_length(&rig.writer), before);
    uint8_t *data = rig_finish(&rig, &length);
    assert_int_equal(nm_avi_writer_video(&rig.writer, frame, 10, 0), NM_ERR_STATE);
    rig_close(&rig, data);

    rig_open(&rig, 1);
    assert_int_equal(nm_avi_writer_audio(&rig.writer, pcm, 3), NM_ERR_ARG);
    assert_int_equal(nm_avi_writer_audio(&rig.writer, pcm, 0), NM_ERR_ARG);
    data = rig_finish(&rig, &length);
    rig_close(&rig, data);

    nm_avi_format bad = test_format(1);
    bad.frames_per_second = 0;
    assert_int_equal(nm_avi_format_check(&bad), NM_ERR_ARG);
    bad = test_format(1);
    bad.max_audio_chunk_bytes = 1;
    assert_int_equal(nm_avi_format_check(&bad), NM_ERR_ARG);
}

static void full_index_refuses_the_next_frame_and_the_chunk_still_closes(void **state)
{
    (void)state;
    avi_rig rig;
    uint8_t frame[16];
    size_t length = 0;
    rig_open(&rig, 0);
    test_frame(frame, sizeof(frame), 1);
    /* A frame far in the future fills the timeline with empty slots up to the index's room, never past it. */
    assert_int_equal(nm_avi_writer_video(&rig.writer, frame, sizeof(frame), 0), NM_OK);
    assert_int_equal(nm_avi_writer_video(&rig.writer, frame, sizeof(frame), 3600000), NM_OK);
    assert_int_equal(rig.writer.timeline_frames, 11 * TEST_FPS);
    assert_false(nm_avi_writer_can_video(&rig.writer));
    assert_int_equal(nm_avi_writer_video(&rig.writer, frame, sizeof(frame), 3600100), NM_ERR_INDEX_FULL);
    uint8_t *data = rig_finish(&rig, &length);
    test_movi movi = test_walk(data, length, NM_AVI_HEADER_BYTES_VIDEO);
    assert_int_equal(movi.pictures + movi.empty_slots, 11 * TEST_FPS);
    assert_true(movi.has_idx1);
    rig_close(&rig, data);
}

const struct CMUnitTest avi_tests[] = {
    cmocka_unit_test(empty_chunk_is_a_closed_riff_with_an_empty_index),
    cmocka_unit_test(video_only_header_is_224_bytes_and_audio_header_326),
    cmocka_unit_test(odd_frame_is_padded_in_front_of_the_next_chunk_header_and_indexed),
    cmocka_unit_test(late_frame_holds_the_skipped_slots_with_empty_chunks),
    cmocka_unit_test(bad_calls_are_refused_with_a_code_and_write_nothing),
    cmocka_unit_test(full_index_refuses_the_next_frame_and_the_chunk_still_closes),
};
const size_t avi_test_count = sizeof(avi_tests) / sizeof(avi_tests[0]);
