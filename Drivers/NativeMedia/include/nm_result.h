/*
 * nm_result.h - return codes of the native media path.
 *
 * Every function of the library that can fail returns one of these; 0 is success, every failure is
 * negative, so callers can test "rc < 0".
 */
#ifndef NM_RESULT_H
#define NM_RESULT_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum
{
    NM_OK = 0,
    NM_ERR_ARG = -1,          /* a null pointer, a size out of range, a buffer too small */
    NM_ERR_STATE = -2,        /* not valid now: no chunk open, chunk open, chunk failed earlier */
    NM_ERR_INDEX_FULL = -3,   /* the chunk's idx1 has no room for another entry */
    NM_ERR_TOO_LONG = -4,     /* the chunk grew past 1 GB (plain AVI limit) */
    NM_ERR_IO = -5,           /* the card reported a write or read error */
    NM_ERR_CARD_FULL = -6,    /* no space left on the card */
    NM_ERR_CARD_REMOVED = -7, /* the card is gone (removed, or power cut in a test) */
    NM_ERR_HASH = -8,         /* mbedTLS failed */
    NM_ERR_MISMATCH = -9,     /* the card holds a different length than was written */
    NM_ERR_AUDIO_OVERRUN = -10 /* PCM arrived faster than frames took it and no chunk was open */
} nm_result;

/** A short name for a result ("ok", "card-full", ...), for logs. Never NULL. */
const char *nm_result_name(int result);

#ifdef __cplusplus
}
#endif

#endif /* NM_RESULT_H */
