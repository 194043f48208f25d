/* test_faults.c - the card failing under the recorder: full, removed, write error, power cuts anywhere. */
#include <stdlib.h>
#include <string.h>

#include "test_recorder_rig.h"

#define SHIFT_FRAMES 160 /* two chunks: 10 s and 0.6 s */
#define CUT_POINTS 200

/* Records the shift; returns the first error (or NM_OK), stopping there. */
static int record_shift(recorder_rig *rig)
{
    for (uint32_t i = 0; i < SHIFT_FRAMES; i++)
    {
        int rc = rig_feed(rig, i, 500 + (int64_t)i * 1000 / 15);
        if (rc != NM_OK)
        {
            return rc;
        }
    }

    int rc = nm_recorder_close_chunk(&rig->recorder);
    return rc != NM_OK ? rc : nm_recorder_settle(&rig->recorder);
}

static void card_full_stops_the_path_with_its_code_until_the_next_begin(void **state)
{
    (void)state;
    recorder_rig rig;
    rig_start(&rig, 1, 1000);
    rig.card.fault.full_after_bytes = 50000;
    assert_int_equal(record_shift(&rig), NM_ERR_CARD_FULL);
    assert_false(nm_recorder_chunk_open(&rig.recorder));
    assert_int_equal(rig_feed(&rig, 999, 99999), NM_ERR_STATE);
    assert_int_equal(test_file_size(&rig.card, "clip/000001.avi"), 50000);

    rig.card.fault.full_after_bytes = NM_FAULT_NEVER;
    assert_int_equal(nm_recorder_begin(&rig.recorder, "clip", 7, true), NM_OK);
    assert_int_equal(rig_feed(&rig, 1000, 100000), NM_OK);
    assert_int_equal(nm_recorder_close_chunk(&rig.recorder), NM_OK);
    assert_int_equal(nm_recorder_settle(&rig.recorder), NM_OK);
    assert_string_equal(rig.closed[rig.closed_count - 1].name, "000007.avi");
    rig_stop(&rig);
}

static void removed_card_and_write_error_are_reported_as_such(void **state)
{
    (void)state;
    recorder_rig rig;
    rig_start(&rig, 1, 1000);
    assert_int_equal(rig_feed(&rig, 0, 0), NM_OK);
    rig.card.fault.removed = true;
    assert_int_equal(rig_feed(&rig, 1, 66), NM_ERR_CARD_REMOVED);
    assert_int_equal(nm_recorder_close_chunk(&rig.recorder), NM_OK); /* nothing open any more */
    rig_stop(&rig);

    rig_start(&rig, 1, 1000);
    rig.card.fault.error_at_op = 40;
    assert_int_equal(record_shift(&rig), NM_ERR_IO);
    assert_int_equal(rig.closed_count, 0);
    rig_stop(&rig);
}

/* Every file a cut left behind holds, after its header, exactly the first bytes the uncut shift wrote there. */
static void check_prefix(recorder_rig *cut, const uint8_t *reference[2], const size_t reference_length[2])
{
    const char *paths[2] = {"clip/000001.avi", "clip/000002.avi"};
    for (int f = 0; f < 2; f++)
    {
        if (test_file_size(&cut->card, paths[f]) < 0)
        {
            continue;
        }

        size_t length = 0;
        uint8_t *data = test_read_file(&cut->card, paths[f], &length);
        assert_true(length <= reference_length[f]);
        if (length > NM_AVI_HEADER_BYTES_AUDIO)
        {
            assert_memory_equal(data + NM_AVI_HEADER_BYTES_AUDIO, reference[f] + NM_AVI_HEADER_BYTES_AUDIO,
                                length - NM_AVI_HEADER_BYTES_AUDIO);
        }

        test_movi movi = test_walk(data, length, NM_AVI_HEADER_BYTES_AUDIO);
        test_movi whole = test_walk(reference[f], reference_length[f], NM_AVI_HEADER_BYTES_AUDIO);
        assert_true(movi.pictures <= whole.pictures);
        free(data);
    }
}

static void power_cut_at_200_points_leaves_a_prefix_of_the_uncut_shift_and_a_clear_code(void **state)
{
    (void)state;
    recorder_rig reference_rig;
    rig_start(&reference_rig, 1, 1000);
    assert_int_equal(record_shift(&reference_rig), NM_OK);
    assert_int_equal(reference_rig.closed_count, 2);
    uint64_t total = reference_rig.card.fault.bytes_written;
    uint64_t total_ops = reference_rig.card.fault.ops;
    const uint8_t *reference[2];
    size_t reference_length[2];
    reference[0] = test_read_file(&reference_rig.card, "clip/000001.avi", &reference_length[0]);
    reference[1] = test_read_file(&reference_rig.card, "clip/000002.avi", &reference_length[1]);

    for (int i = 0; i < CUT_POINTS; i++)
    {
        recorder_rig *cut = malloc(sizeof(*cut));
        assert_non_null(cut);
        rig_start(cut, 1, 1000);
        /* Cut points spread over every byte region (headers, frames, audio, idx1, patches), and over ops. */
        if (i % 4 == 3)
        {
            cut->card.fault.cut_after_ops = (uint64_t)i * total_ops / CUT_POINTS;
        }
        else
        {
            cut->card.fault.cut_after_bytes = (uint64_t)i * total / CUT_POINTS + (uint64_t)(i * 7919) % 97;
        }

        cut->card.fault.lose_unflushed = (i % 2) == 1;
        int rc = record_shift(cut);
        assert_int_equal(rc, NM_ERR_CARD_REMOVED);
        assert_true(cut->closed_count <= 2);
        for (int c = 0; c < cut->closed_count; c++)
        {
            assert_memory_equal(cut->closed[c].sha256, reference_rig.closed[c].sha256, 32);
        }

        check_prefix(cut, reference, reference_length);
        rig_stop(cut);
        free(cut);
    }

    free((void *)reference[0]);
    free((void *)reference[1]);
    rig_stop(&reference_rig);
}

const struct CMUnitTest fault_tests[] = {
    cmocka_unit_test(card_full_stops_the_path_with_its_code_until_the_next_begin),
    cmocka_unit_test(removed_card_and_write_error_are_reported_as_such),
    cmocka_unit_test(power_cut_at_200_points_leaves_a_prefix_of_the_uncut_shift_and_a_clear_code),
};
const size_t fault_test_count = sizeof(fault_tests) / sizeof(fault_tests[0]);
