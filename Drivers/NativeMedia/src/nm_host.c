/* nm_host.c - host only: handles over the library for P/Invoke; memory is taken once, at create. */
#include <stdlib.h>
#include <string.h>

#include "nm_fault_card.h"
#include "nm_host.h"

#define NM_HOST_QUEUE 8

struct nm_host_avi
{
    nm_stdio_card stdio;
    nm_card card;
    nm_avi_writer writer;
    nm_file *file;
    uint8_t *index;
};

struct nm_host_recorder
{
    nm_stdio_card stdio;
    nm_fault_card fault;
    nm_recorder recorder;
    uint8_t *index;
    uint8_t *audio;
    uint8_t *read;
    nm_chunk_record queue[NM_HOST_QUEUE];
    int queue_head;
    int queue_count;
};

nm_host_avi *nm_host_avi_create(const char *root, const nm_avi_format *format)
{
    if (root == NULL || nm_avi_format_check(format) != NM_OK)
    {
        return NULL;
    }

    nm_host_avi *avi = calloc(1, sizeof(*avi));
    if (avi == NULL)
    {
        return NULL;
    }

    avi->index = malloc(nm_avi_index_bytes(format));
    if (avi->index == NULL || nm_stdio_card_init(&avi->stdio, root, false) != NM_OK ||
        nm_avi_writer_init(&avi->writer, format, avi->index, nm_avi_index_bytes(format)) != NM_OK)
    {
        nm_host_avi_destroy(avi);
        return NULL;
    }

    avi->card.ops = nm_stdio_card_ops(&avi->stdio);
    avi->card.context = &avi->stdio;
    return avi;
}

int nm_host_avi_begin(nm_host_avi *avi, const char *path)
{
    if (avi == NULL || path == NULL || avi->file != NULL)
    {
        return NM_ERR_ARG;
    }

    int rc = avi->card.ops->create(avi->card.context, path, &avi->file);
    if (rc != NM_OK)
    {
        avi->file = NULL;
        return rc;
    }

    return nm_avi_writer_begin(&avi->writer, avi->card, avi->file);
}

int nm_host_avi_video(nm_host_avi *avi, const uint8_t *frame, int32_t count, int64_t capture_ms)
{
    return (avi == NULL || count < 0) ? NM_ERR_ARG : nm_avi_writer_video(&avi->writer, frame, (size_t)count, capture_ms);
}

int nm_host_avi_audio(nm_host_avi *avi, const uint8_t *pcm, int32_t count)
{
    return (avi == NULL || count < 0) ? NM_ERR_ARG : nm_avi_writer_audio(&avi->writer, pcm, (size_t)count);
}

int nm_host_avi_finish(nm_host_avi *avi, uint32_t *length)
{
    if (avi == NULL || avi->file == NULL)
    {
        return NM_ERR_STATE;
    }

    int rc = nm_avi_writer_finish(&avi->writer, length);
    int closed = avi->card.ops->close(avi->file);
    avi->file = NULL;
    nm_avi_writer_abandon(&avi->writer);
    return rc != NM_OK ? rc : closed;
}

void nm_host_avi_destroy(nm_host_avi *avi)
{
    if (avi == NULL)
    {
        return;
    }

    if (avi->file != NULL)
    {
        (void)avi->card.ops->close(avi->file);
    }

    free(avi->index);
    free(avi);
}

static void queue_closed(void *context, const nm_chunk_record *record)
{
    nm_host_recorder *host = (nm_host_recorder *)context;
    if (host->queue_count == NM_HOST_QUEUE)
    {
        /* The caller stopped polling: the oldest report gives way (the chunk itself is on the card). */
        host->queue_head = (host->queue_head + 1) % NM_HOST_QUEUE;
        host->queue_count--;
    }

    host->queue[(host->queue_head + host->queue_count) % NM_HOST_QUEUE] = *record;
    host->queue_count++;
}

/* The handle with its buffers; the recorder is initialised by the caller once the card is known. */
static nm_host_recorder *host_alloc(const nm_recorder_config *config, int32_t audio_buffer_bytes,
                                    int32_t read_buffer_bytes, nm_recorder_buffers *buffers)
{
    if (config == NULL || audio_buffer_bytes < 2 || read_buffer_bytes <= 0 ||
        nm_avi_format_check(&config->format) != NM_OK)
    {
        return NULL;
    }

    nm_host_recorder *host = calloc(1, sizeof(*host));
    if (host == NULL)
    {
        return NULL;
    }

    size_t index_bytes = nm_avi_index_bytes(&config->format);
    host->index = malloc(index_bytes);
    host->audio = malloc((size_t)audio_buffer_bytes);
    host->read = malloc((size_t)read_buffer_bytes);
    if (host->index == NULL || host->audio == NULL || host->read == NULL)
    {
        nm_host_recorder_destroy(host);
        return NULL;
    }

    nm_recorder_buffers made = {
        host->index, index_bytes, host->audio, (size_t)audio_buffer_bytes, host->read, (size_t)read_buffer_bytes,
    };
    *buffers = made;
    return host;
}

nm_host_recorder *nm_host_recorder_create(const char *root, const nm_recorder_config *config,
                                          int32_t audio_buffer_bytes, int32_t read_buffer_bytes)
{
    nm_recorder_buffers buffers;
    nm_host_recorder *host = root == NULL ? NULL : host_alloc(config, audio_buffer_bytes, read_buffer_bytes, &buffers);
    if (host == NULL)
    {
        return NULL;
    }

    nm_recorder_events events = {NULL, queue_closed, host};
    if (nm_stdio_card_init(&host->stdio, root, false) != NM_OK)
    {
        nm_host_recorder_destroy(host);
        return NULL;
    }

    nm_fault_card_init(&host->fault, &host->stdio);
    nm_card card = {nm_fault_card_ops(), &host->fault};
    if (nm_recorder_init(&host->recorder, config, card, &buffers, &events) != NM_OK)
    {
        nm_host_recorder_destroy(host);
        return NULL;
    }

    return host;
}

nm_host_recorder *nm_host_recorder_create_on(const nm_file_ops *ops, void *card_context,
                                             const nm_recorder_events *events,
                                             const nm_recorder_config *config, int32_t audio_buffer_bytes,
                                             int32_t read_buffer_bytes)
{
    nm_recorder_buffers buffers;
    nm_host_recorder *host = ops == NULL ? NULL : host_alloc(config, audio_buffer_bytes, read_buffer_bytes, &buffers);
    if (host == NULL)
    {
        return NULL;
    }

    nm_card card = {ops, card_context};
    if (nm_recorder_init(&host->recorder, config, card, &buffers, events) != NM_OK)
    {
        nm_host_recorder_destroy(host);
        return NULL;
    }

    return host;
}

int nm_host_recorder_begin(nm_host_recorder *host, const char *directory, uint32_t first_sequence, int32_t with_audio)
{
    return host == NULL ? NM_ERR_ARG : nm_recorder_begin(&host->recorder, directory, first_sequence, with_audio != 0);
}

int nm_host_recorder_frame(nm_host_recorder *host, const uint8_t *jpeg, int32_t count, int64_t capture_ms)
{
    return (host == NULL || count < 0) ? NM_ERR_ARG : nm_recorder_frame(&host->recorder, jpeg, (size_t)count, capture_ms);
}

int nm_host_recorder_audio(nm_host_recorder *host, const uint8_t *pcm, int32_t count)
{
    return (host == NULL || count < 0) ? NM_ERR_ARG : nm_recorder_audio(&host->recorder, pcm, (size_t)count);
}

int nm_host_recorder_set_muted(nm_host_recorder *host, int32_t muted)
{
    return host == NULL ? NM_ERR_ARG : nm_recorder_set_muted(&host->recorder, muted != 0);
}

void nm_host_recorder_drop_audio(nm_host_recorder *host)
{
    if (host != NULL)
    {
        nm_recorder_drop_audio(&host->recorder);
    }
}

int nm_host_recorder_close_chunk(nm_host_recorder *host)
{
    return host == NULL ? NM_ERR_ARG : nm_recorder_close_chunk(&host->recorder);
}

int nm_host_recorder_settle(nm_host_recorder *host)
{
    return host == NULL ? NM_ERR_ARG : nm_recorder_settle(&host->recorder);
}

void nm_host_recorder_abandon(nm_host_recorder *host)
{
    if (host != NULL)
    {
        nm_recorder_abandon(&host->recorder);
    }
}

int nm_host_recorder_take_closed(nm_host_recorder *host, nm_chunk_record *record)
{
    if (host == NULL || record == NULL || host->queue_count == 0)
    {
        return 0;
    }

    *record = host->queue[host->queue_head];
    host->queue_head = (host->queue_head + 1) % NM_HOST_QUEUE;
    host->queue_count--;
    return 1;
}

void nm_host_recorder_fault(nm_host_recorder *host, uint64_t cut_after_bytes, uint64_t cut_after_ops,
                            uint64_t full_after_bytes, uint64_t error_at_op, int32_t lose_unflushed, int32_t removed)
{
    if (host == NULL)
    {
        return;
    }

    host->fault.cut_after_bytes = cut_after_bytes;
    host->fault.cut_after_ops = cut_after_ops;
    host->fault.full_after_bytes = full_after_bytes;
    host->fault.error_at_op = error_at_op;
    host->fault.lose_unflushed = lose_unflushed != 0;
    host->fault.removed = removed != 0;
}

void nm_host_recorder_destroy(nm_host_recorder *host)
{
    if (host == NULL)
    {
        return;
    }

    if (host->recorder.card.ops != NULL)
    {
        nm_recorder_free(&host->recorder);
    }

    free(host->index);
    free(host->audio);
    free(host->read);
    free(host);
}

int32_t nm_host_record_size(void)
{
    return (int32_t)sizeof(nm_chunk_record);
}

int32_t nm_host_config_size(void)
{
    return (int32_t)sizeof(nm_recorder_config);
}
