/*
 * nm_file.h - the card as the native media path sees it: a small table of file operations.
 *
 * The library never calls stdio itself; it goes through this table, so the device gives it plain C stdio on
 * ESP-IDF's VFS (nm_stdio_card.h) and the host tests give it a card that fails on purpose (power cut after
 * N bytes or operations with a torn tail, card full, card removed, write error).
 *
 * Paths are relative to the card's root ("clips/000007/000001.avi"). Every operation returns an nm_result.
 */
#ifndef NM_FILE_H
#define NM_FILE_H

#include <stddef.h>
#include <stdint.h>

#include "nm_result.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An open file; what it is belongs to the operations table that opened it. */
typedef struct nm_file nm_file;

typedef struct nm_file_ops
{
    /** Creates (or empties) the file at path for writing; *file receives it. */
    int (*create)(void *card, const char *path, nm_file **file);
    /** Opens an existing file for reading from its start. */
    int (*open_read)(void *card, const char *path, nm_file **file);
    /** Appends count bytes at the end of the file. */
    int (*write)(nm_file *file, const void *data, size_t count);
    /** Overwrites count bytes at offset (inside the bytes already written); the next write still appends. */
    int (*write_at)(nm_file *file, uint32_t offset, const void *data, size_t count);
    /** Reads up to count bytes at the read position; *got is 0 at the end of the file. */
    int (*read)(nm_file *file, void *buffer, size_t count, size_t *got);
    /** Makes everything written so far durable on the card. */
    int (*flush)(nm_file *file);
    /** Closes the file (after a failure too: it always releases the file). */
    int (*close)(nm_file *file);
} nm_file_ops;

/** A card: its operations and the context they take (a root folder, a fault plan). */
typedef struct
{
    const nm_file_ops *ops;
    void *context;
} nm_card;

#ifdef __cplusplus
}
#endif

#endif /* NM_FILE_H */
