/*
 * bwc_staged_card.h - a card (nm_card) that copies chosen writes through a buffer of its own first.
 *
 * Why: esp32-camera's frame buffers live in PSRAM, and the ESP32-S3's SDMMC host cannot DMA from PSRAM; ESP-IDF's
 * sdmmc_write_sectors then writes such a buffer one 512-byte block command at a time (components/sdmmc/
 * sdmmc_cmd.c, no SOC_SDMMC_PSRAM_DMA_CAPABLE on the S3; hardware/device-budget.md). Copied in slices into an
 * internal, DMA-capable stage, the same bytes go out as multi-block writes. Every other operation passes through.
 * One staged card at a time (the write operation gets no card context); not thread-safe, like the recorder.
 */
#ifndef BWC_STAGED_CARD_H
#define BWC_STAGED_CARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nm_file.h"

#ifdef __cplusplus
extern "C" {
#endif

/** True when a write from data must go through the stage (the ESP32: data in external RAM). */
typedef bool (*bwc_stage_predicate)(const void *data);

/** Every write goes through the stage (the posix build, so the nanoCLR check runs this path). */
bool bwc_stage_always(const void *data);

/**
 * The staged card over inner: writes for which needs_stage(data) holds are copied into stage (stage_bytes,
 * a multiple of 512) and handed to inner in slices of at most stage_bytes. Returns the card to give the recorder.
 */
nm_card bwc_staged_card_init(nm_card inner, uint8_t *stage, size_t stage_bytes, bwc_stage_predicate needs_stage);

#ifdef __cplusplus
}
#endif

#endif /* BWC_STAGED_CARD_H */
