/*
 * nm_file_hasher.h - the SHA-256 of a closed chunk as it stands on the card, through mbedTLS's own API
 * (hardware-accelerated in ESP-IDF, libmbedtls on the host).
 *
 * The header is patched at close, so the digest can only be taken by reading the final file back: one byte
 * read per byte recorded. The read is sliced: step() reads and hashes about budget bytes, so the recorder
 * spreads a chunk's read-back over the frames of the next chunk instead of stalling the camera at a close.
 * The read buffer is the caller's; nothing is allocated.
 */
#ifndef NM_FILE_HASHER_H
#define NM_FILE_HASHER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mbedtls/sha256.h"
#include "nm_file.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct
{
    mbedtls_sha256_context sha;
    nm_card card;
    uint8_t *buffer;
    size_t buffer_bytes;
    nm_file *file;
    uint32_t hashed_bytes;
    bool done;
    uint8_t digest[32];
} nm_file_hasher;

/** Prepares a hasher reading through card with buffer (a few KB; 16 KB is good). */
int nm_file_hasher_init(nm_file_hasher *hasher, nm_card card, uint8_t *buffer, size_t buffer_bytes);

/** Opens path and starts its hash; a hash still running is cancelled first. */
int nm_file_hasher_start(nm_file_hasher *hasher, const char *path);

/** Reads and hashes about budget bytes; *done is true once the digest is ready (the file is closed then). */
int nm_file_hasher_step(nm_file_hasher *hasher, uint32_t budget, bool *done);

/** Hashes the rest and copies the digest (32 bytes) to digest; *length receives the bytes hashed. */
int nm_file_hasher_finish(nm_file_hasher *hasher, uint8_t digest[32], uint32_t *length);

/** Stops a running hash and closes its file. */
void nm_file_hasher_cancel(nm_file_hasher *hasher);

/** Releases the mbedTLS context. */
void nm_file_hasher_free(nm_file_hasher *hasher);

/** SHA-256 of bytes in memory (mbedTLS), for callers that hold the data. */
int nm_sha256(const uint8_t *data, size_t count, uint8_t digest[32]);

#ifdef __cplusplus
}
#endif

#endif /* NM_FILE_HASHER_H */
