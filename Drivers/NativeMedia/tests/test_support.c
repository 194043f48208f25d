/* test_support.c - temporary card folders, synthetic frames and PCM, files read back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_support.h"

void test_card_open(test_card *card)
{
    memset(card, 0, sizeof(*card));
    /* Memory-backed when the machine has it: 200 power cuts write about 50 MB. */
    strcpy(card->root, access("/dev/shm", W_OK) == 0 ? "/dev/shm/nm-test-XXXXXX" : "/tmp/nm-test-XXXXXX");
    assert_non_null(mkdtemp(card->root));
    assert_int_equal(nm_stdio_card_init(&card->stdio, card->root, false), NM_OK);
    nm_fault_card_init(&card->fault, &card->stdio);
    card->card.ops = nm_fault_card_ops();
    card->card.context = &card->fault;
}

static int remove_entry(const char *path, const struct stat *info, int flag, struct FTW *walk)
{
    (void)info;
    (void)flag;
    (void)walk;
    return remove(path);
}

void test_card_close(test_card *card)
{
    assert_int_equal(nftw(card->root, remove_entry, 8, FTW_DEPTH | FTW_PHYS), 0);
}

void test_card_mkdir(test_card *card, const char *directory)
{
    char full[2 * NM_PATH_MAX];
    assert_int_equal(nm_stdio_card_path(&card->stdio, directory, full, sizeof(full)), NM_OK);
    assert_int_equal(mkdir(full, 0755), 0);
}

uint8_t *test_read_file(test_card *card, const char *path, size_t *length)
{
    char full[2 * NM_PATH_MAX];
    assert_int_equal(nm_stdio_card_path(&card->stdio, path, full, sizeof(full)), NM_OK);
    FILE *fp = fopen(full, "rb");
    assert_non_null(fp);
    assert_int_equal(fseek(fp, 0, SEEK_END), 0);
    long size = ftell(fp);
    assert_true(size >= 0);
    rewind(fp);
    uint8_t *data = malloc((size_t)size + 1);
    assert_non_null(data);
    assert_int_equal(fread(data, 1, (size_t)size, fp), (size_t)size);
    fclose(fp);
    *length = (size_t)size;
    return data;
}

long test_file_size(test_card *card, const char *path)
{
    char full[2 * NM_PATH_MAX];
    struct stat info;
    assert_int_equal(nm_stdio_card_path(&card->stdio, path, full, sizeof(full)), NM_OK);
    return stat(full, &info) == 0 ? (long)info.st_size : -1;
}

void test_frame(uint8_t *frame, size_t count, uint32_t number)
{
    for (size_t i = 0; i < count; i++)
    {
        frame[i] = (uint8_t)(number * 31u + i * 7u);
    }

    frame[0] = 0xFF;
    frame[1] = 0xD8;
}

void test_pcm(uint8_t *pcm, size_t count, uint32_t first_sample)
{
    for (size_t i = 0; i + 1 < count; i += 2)
    {
        uint32_t sample = first_sample + (uint32_t)(i / 2);
        /* Never a zero byte, so silence is told apart from the tone. */
        pcm[i] = (uint8_t)((sample * 13u) % 255u + 1u);
        pcm[i + 1] = (uint8_t)((sample >> 3) % 255u + 1u);
    }
}

nm_avi_format test_format(int with_audio)
{
    nm_avi_format format = {640, 480, TEST_FPS, 11 * TEST_FPS, TEST_MAX_FRAME, 0, 0, 0};
    if (with_audio)
    {
        format.audio_rate_hz = TEST_AUDIO_HZ;
        format.max_audio_chunks = 2 * 11 * TEST_FPS + 64;
        format.max_audio_chunk_bytes = 8192;
    }

    return format;
}

uint32_t test_le32(const uint8_t *at)
{
    return (uint32_t)at[0] | ((uint32_t)at[1] << 8) | ((uint32_t)at[2] << 16) | ((uint32_t)at[3] << 24);
}

test_movi test_walk(const uint8_t *data, size_t length, size_t header_bytes)
{
    test_movi movi;
    memset(&movi, 0, sizeof(movi));
    size_t at = header_bytes;
    while (at + 8 <= length)
    {
        uint32_t id = test_le32(data + at);
        uint32_t size = test_le32(data + at + 4);
        if (memcmp(data + at, "idx1", 4) == 0)
        {
            movi.has_idx1 = at + 8 + size <= length;
            break;
        }

        if (at + 8 + size > length)
        {
            break;
        }

        if (memcmp(data + at, "00dc", 4) == 0)
        {
            if (size == 0)
            {
                movi.empty_slots++;
            }
            else
            {
                movi.pictures++;
            }
        }
        else if (memcmp(data + at, "01wb", 4) == 0)
        {
            movi.audio_chunks++;
            movi.audio_bytes += size;
            for (uint32_t i = 0; i < size; i++)
            {
                movi.silent_audio_bytes += data[at + 8 + i] == 0 ? 1u : 0u;
            }
        }
        else
        {
            (void)id;
            break;
        }

        at += 8 + size + (size & 1u);
        movi.end = (uint32_t)(at <= length ? at : length);
    }

    return movi;
}
