/*
 * bwc_test_pattern.h - the posix build's camera and microphone: frames and PCM computed from their index, so
 * a run on nanoCLR and a run of the managed engine on .NET (Tests/BwcFirmware.Tests/NativeMediaInterop,
 * TestPatternCamera and TestPatternMicrophone, the same formulas) record the same input.
 *   frame k:   captured at k * 1000 / fps ms (integer division); 400 + (k * 389) % 1200 bytes:
 *              FF D8, then (k * 7 + i * 13 + (i >> 8)) & 0xFF for byte i, then FF D9
 *   sample n:  captured before n * 1000 / rate ms; (n * 37) % 2000 - 1000, 16-bit little-endian;
 *              samples captured up to t ms: t * rate / 1000
 */
#ifndef BWC_TEST_PATTERN_H
#define BWC_TEST_PATTERN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define BWC_PATTERN_MAX_FRAME_BYTES 1600

int64_t bwc_pattern_frame_time(uint32_t k, uint32_t fps);

/** Writes frame k into frame (>= BWC_PATTERN_MAX_FRAME_BYTES); returns its length. */
size_t bwc_pattern_frame(uint32_t k, uint8_t *frame);

uint64_t bwc_pattern_samples_until(int64_t t_ms, uint32_t rate_hz);

/** Writes count samples from sample first on into pcm (2 bytes each). */
void bwc_pattern_samples(uint64_t first, size_t count, uint8_t *pcm);

#ifdef __cplusplus
}
#endif

#endif /* BWC_TEST_PATTERN_H */
