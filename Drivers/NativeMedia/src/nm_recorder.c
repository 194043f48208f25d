/* nm_recorder.c - the per-frame path, as MediaPipeline.Frames and OpenChunk do it in managed code. */
#include <stdio.h>
#include <string.h>

#include "nm_recorder.h"

int nm_recorder_init(nm_recorder *recorder, const nm_recorder_config *config, nm_card card,
                     const nm_recorder_buffers *buffers, const nm_recorder_events *events)
{
    if (recorder == NULL || config == NULL || buffers == NULL || card.ops == NULL ||
        nm_avi_format_check(&config->format) != NM_OK || config->chunk_ms == 0)
    {
        return NM_ERR_ARG;
    }

    if (buffers->index == NULL || buffers->index_bytes < nm_avi_index_bytes(&config->format) || buffers->read == NULL ||
        buffers->read_bytes == 0 || buffers->audio == NULL ||
        (config->format.audio_rate_hz > 0 && buffers->audio_bytes < config->format.max_audio_chunk_bytes))
    {
        return NM_ERR_ARG;
    }

    memset(recorder, 0, sizeof(*recorder));
    recorder->config = *config;
    recorder->card = card;
    recorder->buffers = *buffers;
    recorder->buffers.audio_bytes &= ~(size_t)1;
    if (events != NULL)
    {
        recorder->events = *events;
    }

    int rc = nm_avi_writer_init(&recorder->writer, &config->format, buffers->index, buffers->index_bytes);
    if (rc == NM_OK)
    {
        rc = nm_file_hasher_init(&recorder->hasher, card, buffers->read, buffers->read_bytes);
    }

    return rc;
}

void nm_recorder_free(nm_recorder *recorder)
{
    if (recorder != NULL)
    {
        nm_recorder_abandon(recorder);
        nm_file_hasher_free(&recorder->hasher);
    }
}

bool nm_recorder_chunk_open(const nm_recorder *recorder)
{
    return recorder->file != NULL;
}

uint32_t nm_recorder_next_sequence(const nm_recorder *recorder)
{
    return recorder->next_sequence;
}

int nm_recorder_begin(nm_recorder *recorder, const char *directory, uint32_t first_sequence, bool with_audio)
{
    if (recorder == NULL || directory == NULL || strlen(directory) + NM_NAME_MAX + 1 >= NM_PATH_MAX)
    {
        return NM_ERR_ARG;
    }

    if (recorder->file != NULL)
    {
        return NM_ERR_STATE;
    }

    nm_avi_format format = recorder->config.format;
    if (!with_audio)
    {
        format.audio_rate_hz = 0;
    }

    int rc = nm_avi_writer_init(&recorder->writer, &format, recorder->buffers.index, recorder->buffers.index_bytes);
    if (rc != NM_OK)
    {
        return rc;
    }

    memcpy(recorder->directory, directory, strlen(directory) + 1);
    recorder->next_sequence = first_sequence;
    recorder->segment = true;
    recorder->segment_audio = format.audio_rate_hz > 0;
    recorder->faulted = false;
    return NM_OK;
}

/* Any card error on the path: the chunk stays as the card has it, nothing more is written until begin. */
static int fault(nm_recorder *recorder, int rc)
{
    nm_recorder_abandon(recorder);
    recorder->faulted = true;
    return rc;
}

int nm_recorder_settle(nm_recorder *recorder)
{
    uint32_t hashed = 0;
    if (recorder == NULL)
    {
        return NM_ERR_ARG;
    }

    if (!recorder->hash_pending)
    {
        return NM_OK;
    }

    int rc = nm_file_hasher_finish(&recorder->hasher, recorder->closed.sha256, &hashed);
    recorder->hash_pending = false;
    if (rc == NM_OK && hashed != recorder->closed.bytes)
    {
        /* The card does not hold what was written: a digest of other bytes must not vouch for it. */
        rc = NM_ERR_MISMATCH;
    }

    if (rc != NM_OK)
    {
        return fault(recorder, rc);
    }

    if (recorder->events.chunk_closed != NULL)
    {
        recorder->events.chunk_closed(recorder->events.context, &recorder->closed);
    }

    return NM_OK;
}

int nm_recorder_close_chunk(nm_recorder *recorder)
{
    uint32_t length = 0;
    if (recorder == NULL)
    {
        return NM_ERR_ARG;
    }

    if (recorder->file == NULL)
    {
        return NM_OK;
    }

    int rc = nm_recorder_settle(recorder);
    if (rc != NM_OK)
    {
        return rc;
    }

    rc = nm_avi_writer_finish(&recorder->writer, &length);
    if (rc != NM_OK)
    {
        return fault(recorder, rc);
    }

    nm_file *file = recorder->file;
    recorder->file = NULL;
    rc = recorder->card.ops->close(file);
    if (rc != NM_OK)
    {
        return fault(recorder, rc);
    }

    recorder->closed = recorder->open;
    recorder->closed.bytes = length;
    recorder->closed.frames = recorder->writer.video_frames;
    recorder->closed.timeline_frames = recorder->writer.timeline_frames;
    recorder->closed.audio_bytes = recorder->writer.audio_bytes;
    recorder->closed.first_frame_ms = recorder->writer.first_frame_ms;
    recorder->closed.last_frame_ms = recorder->writer.last_frame_ms;
    memset(recorder->closed.sha256, 0, sizeof(recorder->closed.sha256));

    rc = nm_file_hasher_start(&recorder->hasher, recorder->closed.path);
    if (rc != NM_OK)
    {
        return fault(recorder, rc);
    }

    recorder->hash_pending = true;
    return NM_OK;
}

static int open_chunk(nm_recorder *recorder, int64_t first_frame_ms)
{
    nm_chunk_record *open = &recorder->open;
    int n = snprintf(open->name, sizeof(open->name), "%06lu.avi", (unsigned long)recorder->next_sequence);
    if (n < 0 || (size_t)n >= sizeof(open->name))
    {
        return NM_ERR_ARG;
    }

    n = snprintf(open->path, sizeof(open->path), "%s/%s", recorder->directory, open->name);
    if (n < 0 || (size_t)n >= sizeof(open->path))
    {
        return NM_ERR_ARG;
    }

    int rc = recorder->card.ops->create(recorder->card.context, open->path, &recorder->file);
    if (rc != NM_OK)
    {
        recorder->file = NULL;
        return rc;
    }

    recorder->next_sequence++;
    recorder->last_flush_ms = first_frame_ms;
    rc = nm_avi_writer_begin(&recorder->writer, recorder->card, recorder->file);
    if (rc != NM_OK)
    {
        return rc;
    }

    if (recorder->events.chunk_opened != NULL)
    {
        recorder->events.chunk_opened(recorder->events.context, open->name, first_frame_ms);
    }

    return NM_OK;
}

/* The PCM pushed since the last frame into the open chunk (silence while muted), or dropped without one. */
static int move_audio(nm_recorder *recorder)
{
    size_t pending = recorder->audio_pending;
    uint8_t *pcm = recorder->buffers.audio;
    recorder->audio_pending = 0;
    if (pending == 0 || recorder->file == NULL || !recorder->segment_audio)
    {
        return NM_OK;
    }

    size_t piece_max = recorder->config.format.max_audio_chunk_bytes & ~(size_t)1;
    for (size_t at = 0; at < pending; at += piece_max)
    {
        size_t piece = pending - at < piece_max ? pending - at : piece_max;
        if (recorder->muted)
        {
            memset(pcm + at, 0, piece);
        }

        if (nm_avi_writer_can_audio(&recorder->writer))
        {
            int rc = nm_avi_writer_audio(&recorder->writer, pcm + at, piece);
            if (rc != NM_OK)
            {
                return rc;
            }
        }
    }

    return NM_OK;
}

int nm_recorder_frame(nm_recorder *recorder, const uint8_t *jpeg, size_t count, int64_t capture_ms)
{
    if (recorder == NULL || jpeg == NULL || count == 0 || count > recorder->config.format.max_video_frame_bytes)
    {
        return NM_ERR_ARG;
    }

    if (!recorder->segment || recorder->faulted)
    {
        return NM_ERR_STATE;
    }

    int rc = NM_OK;
    if (recorder->file != NULL && (capture_ms - recorder->open.first_frame_ms >= (int64_t)recorder->config.chunk_ms ||
                                   !nm_avi_writer_can_video(&recorder->writer)))
    {
        rc = nm_recorder_close_chunk(recorder);
        if (rc != NM_OK)
        {
            return rc;
        }
    }

    if (recorder->file == NULL)
    {
        recorder->open.first_frame_ms = capture_ms;
        rc = open_chunk(recorder, capture_ms);
        if (rc != NM_OK)
        {
            return fault(recorder, rc);
        }
    }

    uint32_t before = nm_avi_writer_length(&recorder->writer);
    rc = move_audio(recorder);
    if (rc == NM_OK)
    {
        rc = nm_avi_writer_video(&recorder->writer, jpeg, count, capture_ms);
    }

    if (rc == NM_OK && capture_ms - recorder->last_flush_ms >= (int64_t)recorder->config.flush_interval_ms)
    {
        rc = recorder->card.ops->flush(recorder->file);
        recorder->last_flush_ms = capture_ms;
    }

    if (rc != NM_OK)
    {
        return fault(recorder, rc);
    }

    if (recorder->hash_pending && !recorder->hasher.done)
    {
        /* Hash the last chunk twice as fast as this one grows, so it is done well before it is settled. */
        bool done = false;
        rc = nm_file_hasher_step(&recorder->hasher, 2u * (nm_avi_writer_length(&recorder->writer) - before), &done);
        if (rc != NM_OK)
        {
            recorder->hash_pending = false;
            return fault(recorder, rc);
        }
    }

    return NM_OK;
}

int nm_recorder_audio(nm_recorder *recorder, const uint8_t *pcm, size_t count)
{
    if (recorder == NULL || (pcm == NULL && count > 0) || (count & 1u) != 0)
    {
        return NM_ERR_ARG;
    }

    while (count > 0)
    {
        size_t room = recorder->buffers.audio_bytes - recorder->audio_pending;
        if (room == 0)
        {
            if (recorder->file == NULL || recorder->faulted)
            {
                return NM_ERR_AUDIO_OVERRUN;
            }

            /* Frames are late: what is held goes into the open chunk now rather than being lost. */
            int rc = move_audio(recorder);
            if (rc != NM_OK)
            {
                return fault(recorder, rc);
            }

            continue;
        }

        size_t take = (count < room ? count : room) & ~(size_t)1;
        memcpy(recorder->buffers.audio + recorder->audio_pending, pcm, take);
        recorder->audio_pending += take;
        pcm += take;
        count -= take;
    }

    return NM_OK;
}

int nm_recorder_set_muted(nm_recorder *recorder, bool muted)
{
    if (recorder == NULL)
    {
        return NM_ERR_ARG;
    }

    int rc = NM_OK;
    if (recorder->muted != muted && !recorder->faulted)
    {
        rc = move_audio(recorder);
    }

    recorder->muted = muted;
    return rc == NM_OK ? NM_OK : fault(recorder, rc);
}

void nm_recorder_drop_audio(nm_recorder *recorder)
{
    if (recorder != NULL)
    {
        recorder->audio_pending = 0;
    }
}

void nm_recorder_abandon(nm_recorder *recorder)
{
    if (recorder == NULL)
    {
        return;
    }

    nm_file_hasher_cancel(&recorder->hasher);
    recorder->hash_pending = false;
    nm_avi_writer_abandon(&recorder->writer);
    if (recorder->file != NULL)
    {
        /* The card is gone or failing: what it holds is for boot repair to judge. */
        (void)recorder->card.ops->close(recorder->file);
        recorder->file = NULL;
    }
}
