/* nm_file_hasher.c - the closed chunk read back and hashed in slices with mbedTLS. */
#include <string.h>

#include "mbedtls/version.h"
#include "nm_file_hasher.h"

/* mbedTLS 3 (ESP-IDF 5) returns int from the plain names; 2.28 (Debian 12) has them as the _ret names. */
#if MBEDTLS_VERSION_NUMBER >= 0x03000000
#define NM_SHA_STARTS(ctx) mbedtls_sha256_starts((ctx), 0)
#define NM_SHA_UPDATE(ctx, data, n) mbedtls_sha256_update((ctx), (data), (n))
#define NM_SHA_FINISH(ctx, out) mbedtls_sha256_finish((ctx), (out))
#else
#define NM_SHA_STARTS(ctx) mbedtls_sha256_starts_ret((ctx), 0)
#define NM_SHA_UPDATE(ctx, data, n) mbedtls_sha256_update_ret((ctx), (data), (n))
#define NM_SHA_FINISH(ctx, out) mbedtls_sha256_finish_ret((ctx), (out))
#endif

int nm_file_hasher_init(nm_file_hasher *hasher, nm_card card, uint8_t *buffer, size_t buffer_bytes)
{
    if (hasher == NULL || card.ops == NULL || buffer == NULL || buffer_bytes == 0)
    {
        return NM_ERR_ARG;
    }

    memset(hasher, 0, sizeof(*hasher));
    mbedtls_sha256_init(&hasher->sha);
    hasher->card = card;
    hasher->buffer = buffer;
    hasher->buffer_bytes = buffer_bytes;
    return NM_OK;
}

void nm_file_hasher_cancel(nm_file_hasher *hasher)
{
    if (hasher != NULL && hasher->file != NULL)
    {
        (void)hasher->card.ops->close(hasher->file);
        hasher->file = NULL;
    }
}

void nm_file_hasher_free(nm_file_hasher *hasher)
{
    if (hasher != NULL)
    {
        nm_file_hasher_cancel(hasher);
        mbedtls_sha256_free(&hasher->sha);
    }
}

int nm_file_hasher_start(nm_file_hasher *hasher, const char *path)
{
    if (hasher == NULL || path == NULL)
    {
        return NM_ERR_ARG;
    }

    nm_file_hasher_cancel(hasher);
    hasher->hashed_bytes = 0;
    hasher->done = false;
    if (NM_SHA_STARTS(&hasher->sha) != 0)
    {
        return NM_ERR_HASH;
    }

    return hasher->card.ops->open_read(hasher->card.context, path, &hasher->file);
}

int nm_file_hasher_step(nm_file_hasher *hasher, uint32_t budget, bool *done)
{
    if (hasher == NULL || done == NULL)
    {
        return NM_ERR_ARG;
    }

    if (hasher->done || hasher->file == NULL)
    {
        *done = hasher->done;
        return hasher->done ? NM_OK : NM_ERR_STATE;
    }

    uint32_t read_total = 0;
    do
    {
        size_t got = 0;
        int rc = hasher->card.ops->read(hasher->file, hasher->buffer, hasher->buffer_bytes, &got);
        if (rc != NM_OK)
        {
            nm_file_hasher_cancel(hasher);
            return rc;
        }

        if (got == 0)
        {
            nm_file_hasher_cancel(hasher);
            if (NM_SHA_FINISH(&hasher->sha, hasher->digest) != 0)
            {
                return NM_ERR_HASH;
            }

            hasher->done = true;
            break;
        }

        if (NM_SHA_UPDATE(&hasher->sha, hasher->buffer, got) != 0)
        {
            nm_file_hasher_cancel(hasher);
            return NM_ERR_HASH;
        }

        hasher->hashed_bytes += (uint32_t)got;
        read_total += (uint32_t)got;
    } while (read_total < budget);

    *done = hasher->done;
    return NM_OK;
}

int nm_file_hasher_finish(nm_file_hasher *hasher, uint8_t digest[32], uint32_t *length)
{
    bool done = false;
    if (hasher == NULL || digest == NULL)
    {
        return NM_ERR_ARG;
    }

    while (!done)
    {
        int rc = nm_file_hasher_step(hasher, UINT32_MAX, &done);
        if (rc != NM_OK)
        {
            return rc;
        }
    }

    memcpy(digest, hasher->digest, 32);
    if (length != NULL)
    {
        *length = hasher->hashed_bytes;
    }

    return NM_OK;
}

int nm_sha256(const uint8_t *data, size_t count, uint8_t digest[32])
{
    mbedtls_sha256_context sha;
    int rc = NM_OK;
    if ((data == NULL && count > 0) || digest == NULL)
    {
        return NM_ERR_ARG;
    }

    mbedtls_sha256_init(&sha);
    if (NM_SHA_STARTS(&sha) != 0 || NM_SHA_UPDATE(&sha, data, count) != 0 || NM_SHA_FINISH(&sha, digest) != 0)
    {
        rc = NM_ERR_HASH;
    }

    mbedtls_sha256_free(&sha);
    return rc;
}
