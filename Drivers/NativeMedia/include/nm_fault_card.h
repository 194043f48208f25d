/*
 * nm_fault_card.h - host only: a card that fails on purpose, wrapped around the stdio card, for the tests and
 * the simulator. Faults: power cut after N bytes or N operations (the write that crosses the point lands torn,
 * then every operation fails as if the card were gone; optionally every file loses what was not flushed),
 * card full after N bytes (the crossing write lands partly, as fwrite does), card removed, one write error.
 */
#ifndef NM_FAULT_CARD_H
#define NM_FAULT_CARD_H

#include <stdbool.h>
#include <stdint.h>

#include "nm_file.h"
#include "nm_stdio_card.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NM_FAULT_FILES 4
#define NM_FAULT_NEVER UINT64_MAX

typedef struct nm_fault_card nm_fault_card;

/** One open file of the fault card (the nm_file it hands out). */
typedef struct
{
    nm_fault_card *card;
    nm_file *inner;
    bool used;
    bool writable;
    uint64_t written;
    uint64_t flushed;
    char path[NM_PATH_MAX];
} nm_fault_file;

struct nm_fault_card
{
    nm_stdio_card *inner;
    const nm_file_ops *inner_ops;
    uint64_t cut_after_bytes;  /* bytes written (all files) before the power goes */
    uint64_t cut_after_ops;    /* operations (create, write, write_at, flush) before the power goes */
    uint64_t full_after_bytes; /* bytes written before the card is full */
    uint64_t error_at_op;      /* this operation (1-based) fails once with a write error */
    bool lose_unflushed;       /* at a cut, files keep only what was flushed */
    bool removed;              /* set it to pull the card */
    bool cut;                  /* true once the power went */
    uint64_t bytes_written;
    uint64_t ops;
    nm_fault_file files[NM_FAULT_FILES];
};

/** A card over inner that never fails until a field above says so. */
void nm_fault_card_init(nm_fault_card *card, nm_stdio_card *inner);

/** The operations table for an nm_fault_card context. */
const nm_file_ops *nm_fault_card_ops(void);

#ifdef __cplusplus
}
#endif

#endif /* NM_FAULT_CARD_H */
