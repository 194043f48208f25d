/* test_support.h - what the C tests share: a card in a temporary folder, frames, files read back. */
#ifndef TEST_SUPPORT_H
#define TEST_SUPPORT_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>

#include <cmocka.h>

#include "nm_fault_card.h"
#include "nm_recorder.h"

#define TEST_FPS 15
#define TEST_AUDIO_HZ 16000
#define TEST_MAX_FRAME 4096

typedef struct
{
    char root[NM_PATH_MAX];
    nm_stdio_card stdio;
    nm_fault_card fault;
    nm_card card;
} test_card;

/** A fresh folder under /tmp as a fault card (no fault planned). */
void test_card_open(test_card *card);
/** Removes the folder and everything in it. */
void test_card_close(test_card *card);
/** Creates directory (relative to the card root). */
void test_card_mkdir(test_card *card, const char *directory);
/** Reads the whole file at path (relative) into a malloc'd buffer; *length receives its size. */
uint8_t *test_read_file(test_card *card, const char *path, size_t *length);
/** Size of the file, or -1 when it does not exist. */
long test_file_size(test_card *card, const char *path);

/** A frame of count bytes that starts like a JPEG and carries its number. */
void test_frame(uint8_t *frame, size_t count, uint32_t number);
/** count bytes of PCM, sample values from the running sample number. */
void test_pcm(uint8_t *pcm, size_t count, uint32_t first_sample);

/** The 10 s, 15 fps, 16 kHz format of the managed defaults, with small frames. */
nm_avi_format test_format(int with_audio);

uint32_t test_le32(const uint8_t *at);

#endif /* TEST_SUPPORT_H */

/** What a walk over a chunk's movi list found (whole chunks only, stops at idx1 or a partial chunk). */
typedef struct
{
    uint32_t pictures;
    uint32_t empty_slots;
    uint32_t audio_chunks;
    uint32_t audio_bytes;
    uint32_t silent_audio_bytes;
    uint32_t end;       /* offset after the last whole chunk (and its pad byte) */
    int has_idx1;
} test_movi;

/** Walks the chunks from header_bytes on. */
test_movi test_walk(const uint8_t *data, size_t length, size_t header_bytes);
