/*
 * nm_stdio_card.h - the card through plain C stdio: ESP-IDF's VFS (FATFS on the SD card) on the device, the
 * file system on the host. fopen is called once per chunk (it allocates its FILE there, never per frame).
 */
#ifndef NM_STDIO_CARD_H
#define NM_STDIO_CARD_H

#include <stdbool.h>

#include "nm_file.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NM_PATH_MAX 160

typedef struct
{
    char root[NM_PATH_MAX];   /* the card's mount point, e.g. "/sdcard" */
    bool sync_on_flush;       /* flush = fflush + fsync (true on the device: fsync is FATFS's f_sync) */
} nm_stdio_card;

/** Sets up a card at root; NM_ERR_ARG when root is too long. */
int nm_stdio_card_init(nm_stdio_card *card, const char *root, bool sync_on_flush);

/** The operations table for card (its flush syncs when card->sync_on_flush). */
const nm_file_ops *nm_stdio_card_ops(const nm_stdio_card *card);

/** root + "/" + path into out (capacity bytes); NM_ERR_ARG when it does not fit. */
int nm_stdio_card_path(const nm_stdio_card *card, const char *path, char *out, size_t capacity);

#ifdef __cplusplus
}
#endif

#endif /* NM_STDIO_CARD_H */
