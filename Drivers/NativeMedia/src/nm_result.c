/* nm_result.c - names for the return codes, for logs and test messages. */
#include "nm_result.h"

const char *nm_result_name(int result)
{
    switch (result)
    {
    case NM_OK:
        return "ok";
    case NM_ERR_ARG:
        return "bad-argument";
    case NM_ERR_STATE:
        return "bad-state";
    case NM_ERR_INDEX_FULL:
        return "index-full";
    case NM_ERR_TOO_LONG:
        return "chunk-too-long";
    case NM_ERR_IO:
        return "write-error";
    case NM_ERR_CARD_FULL:
        return "card-full";
    case NM_ERR_CARD_REMOVED:
        return "card-removed";
    case NM_ERR_HASH:
        return "hash-error";
    case NM_ERR_MISMATCH:
        return "length-mismatch";
    case NM_ERR_AUDIO_OVERRUN:
        return "audio-overrun";
    default:
        return "unknown";
    }
}
