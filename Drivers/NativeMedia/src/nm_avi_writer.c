/* nm_avi_writer.c - one chunk, as the managed AviChunkWriter writes it (same checks, same writes, same bytes). */
#include <string.h>

#include "nm_avi.h"
#include "nm_le.h"

#define NM_MAX_DIMENSION 0xFFFFu
#define NM_MAX_COUNT 1000000u

int nm_avi_format_check(const nm_avi_format *format)
{
    if (format == NULL || format->width == 0 || format->height == 0 || format->width > NM_MAX_DIMENSION ||
        format->height > NM_MAX_DIMENSION || format->frames_per_second == 0 || format->frames_per_second > 1000 ||
        format->max_video_frames == 0 || format->max_video_frames > NM_MAX_COUNT ||
        format->max_video_frame_bytes == 0 || format->max_video_frame_bytes > NM_AVI_MAX_CHUNK_DATA_BYTES)
    {
        return NM_ERR_ARG;
    }

    if (format->audio_rate_hz > 0 &&
        (format->audio_rate_hz > 192000 || format->max_audio_chunks == 0 || format->max_audio_chunks > NM_MAX_COUNT ||
         format->max_audio_chunk_bytes < 2 || format->max_audio_chunk_bytes > NM_AVI_MAX_CHUNK_DATA_BYTES))
    {
        return NM_ERR_ARG;
    }

    return NM_OK;
}

size_t nm_avi_index_bytes(const nm_avi_format *format)
{
    size_t entries = (size_t)format->max_video_frames + (format->audio_rate_hz > 0 ? format->max_audio_chunks : 0);
    return entries * NM_AVI_INDEX_ENTRY_BYTES;
}

int nm_avi_writer_init(nm_avi_writer *writer, const nm_avi_format *format, uint8_t *index, size_t index_bytes)
{
    if (writer == NULL || index == NULL || nm_avi_format_check(format) != NM_OK)
    {
        return NM_ERR_ARG;
    }

    if (index_bytes < nm_avi_index_bytes(format))
    {
        return NM_ERR_ARG;
    }

    memset(writer, 0, sizeof(*writer));
    writer->format = *format;
    if (writer->format.audio_rate_hz == 0)
    {
        writer->format.max_audio_chunks = 0;
        writer->format.max_audio_chunk_bytes = 0;
    }

    writer->index = index;
    writer->index_capacity = index_bytes;
    return NM_OK;
}

bool nm_avi_writer_is_open(const nm_avi_writer *writer)
{
    return writer->file != NULL;
}

bool nm_avi_writer_can_video(const nm_avi_writer *writer)
{
    return writer->timeline_frames < writer->format.max_video_frames;
}

bool nm_avi_writer_can_audio(const nm_avi_writer *writer)
{
    return writer->format.audio_rate_hz > 0 && writer->audio_chunks < writer->format.max_audio_chunks;
}

uint32_t nm_avi_writer_length(const nm_avi_writer *writer)
{
    return writer->position + (writer->pad_pending ? 1u : 0u);
}

static int put(nm_avi_writer *writer, const void *data, size_t count)
{
    int rc = writer->card.ops->write(writer->file, data, count);
    if (rc != NM_OK)
    {
        writer->failed = true;
        return rc;
    }

    writer->position += (uint32_t)count;
    return NM_OK;
}

/* A chunk header, preceded by the previous chunk's pad byte when one is owed: an odd frame costs no extra write. */
static size_t start_chunk_header(nm_avi_writer *writer, uint32_t chunk_id, uint32_t size)
{
    size_t h = 0;
    if (writer->pad_pending)
    {
        writer->chunk_header[0] = 0;
        h = 1;
    }

    nm_le_put32(writer->chunk_header + h, chunk_id);
    nm_le_put32(writer->chunk_header + h + 4, size);
    return h + NM_AVI_CHUNK_HEADER_BYTES;
}

static int write_chunk(nm_avi_writer *writer, uint32_t chunk_id, const uint8_t *data, size_t count, uint32_t flags)
{
    size_t h = start_chunk_header(writer, chunk_id, (uint32_t)count);
    uint32_t chunk_position = writer->position + (uint32_t)h - NM_AVI_CHUNK_HEADER_BYTES;
    int rc = put(writer, writer->chunk_header, h);
    if (rc == NM_OK && count > 0)
    {
        rc = put(writer, data, count);
    }

    if (rc != NM_OK)
    {
        return rc;
    }

    writer->pad_pending = (count & 1u) != 0;
    uint8_t *entry = writer->index + ((size_t)writer->index_entries * NM_AVI_INDEX_ENTRY_BYTES);
    nm_le_put32(entry, chunk_id);
    nm_le_put32(entry + 4, flags);
    nm_le_put32(entry + 8, chunk_position - writer->layout.movi_fourcc_position);
    nm_le_put32(entry + 12, (uint32_t)count);
    writer->index_entries++;
    return NM_OK;
}

static int check_open(const nm_avi_writer *writer)
{
    if (writer->file == NULL || writer->failed)
    {
        return NM_ERR_STATE;
    }

    return writer->position > NM_AVI_MAX_FILE_BYTES ? NM_ERR_TOO_LONG : NM_OK;
}

int nm_avi_writer_begin(nm_avi_writer *writer, nm_card card, nm_file *file)
{
    if (writer == NULL || file == NULL || card.ops == NULL)
    {
        return NM_ERR_ARG;
    }

    if (writer->file != NULL)
    {
        return NM_ERR_STATE;
    }

    writer->card = card;
    writer->position = 0;
    writer->pad_pending = false;
    writer->failed = false;
    writer->index_entries = 0;
    writer->timeline_frames = 0;
    writer->video_frames = 0;
    writer->audio_chunks = 0;
    writer->audio_bytes = 0;
    writer->first_frame_ms = 0;
    writer->last_frame_ms = 0;

    size_t header_bytes = nm_avi_header_bytes(&writer->format);
    nm_avi_compose_header(&writer->format, writer->header, &writer->layout);
    nm_avi_patch_header(&writer->layout, writer->header, (uint32_t)header_bytes, (uint32_t)header_bytes, 0, 0, false);
    writer->file = file;
    return put(writer, writer->header, header_bytes);
}

int nm_avi_writer_video(nm_avi_writer *writer, const uint8_t *frame, size_t count, int64_t capture_ms)
{
    if (writer == NULL)
    {
        return NM_ERR_ARG;
    }

    int rc = check_open(writer);
    if (rc != NM_OK)
    {
        return rc;
    }

    if (frame == NULL || count == 0 || count > writer->format.max_video_frame_bytes)
    {
        return NM_ERR_ARG;
    }

    if (!nm_avi_writer_can_video(writer))
    {
        return NM_ERR_INDEX_FULL;
    }

    if (writer->timeline_frames == 0)
    {
        writer->first_frame_ms = capture_ms;
    }
    else
    {
        int64_t elapsed = capture_ms - writer->first_frame_ms;
        int64_t slot = elapsed <= 0 ? 0 : ((elapsed * (int64_t)writer->format.frames_per_second * 2) + 1000) / 2000;
        int64_t room = (int64_t)writer->format.max_video_frames - writer->timeline_frames - 1;
        int64_t skipped = slot - writer->timeline_frames;
        if (skipped > room)
        {
            skipped = room;
        }

        for (int64_t i = 0; i < skipped; i++)
        {
            rc = write_chunk(writer, NM_AVI_VIDEO_CHUNK, writer->chunk_header, 0, 0);
            if (rc != NM_OK)
            {
                return rc;
            }

            writer->timeline_frames++;
        }
    }

    rc = write_chunk(writer, NM_AVI_VIDEO_CHUNK, frame, count, NM_AVIIF_KEY_FRAME);
    if (rc != NM_OK)
    {
        return rc;
    }

    writer->timeline_frames++;
    writer->video_frames++;
    writer->last_frame_ms = capture_ms;
    return NM_OK;
}

int nm_avi_writer_audio(nm_avi_writer *writer, const uint8_t *samples, size_t count)
{
    if (writer == NULL)
    {
        return NM_ERR_ARG;
    }

    int rc = check_open(writer);
    if (rc != NM_OK)
    {
        return rc;
    }

    if (writer->format.audio_rate_hz == 0)
    {
        return NM_ERR_STATE;
    }

    if (samples == NULL || count == 0 || (count & 1u) != 0 || count > writer->format.max_audio_chunk_bytes)
    {
        return NM_ERR_ARG;
    }

    if (!nm_avi_writer_can_audio(writer))
    {
        return NM_ERR_INDEX_FULL;
    }

    rc = write_chunk(writer, NM_AVI_AUDIO_CHUNK, samples, count, NM_AVIIF_KEY_FRAME);
    if (rc != NM_OK)
    {
        return rc;
    }

    writer->audio_chunks++;
    writer->audio_bytes += (uint32_t)count;
    return NM_OK;
}

int nm_avi_writer_finish(nm_avi_writer *writer, uint32_t *length)
{
    if (writer == NULL)
    {
        return NM_ERR_ARG;
    }

    int rc = check_open(writer);
    if (rc != NM_OK)
    {
        return rc;
    }

    uint32_t index_bytes = writer->index_entries * NM_AVI_INDEX_ENTRY_BYTES;
    size_t h = start_chunk_header(writer, NM_AVI_IDX1, index_bytes);
    uint32_t idx1_position = writer->position + (uint32_t)h - NM_AVI_CHUNK_HEADER_BYTES;
    rc = put(writer, writer->chunk_header, h);
    if (rc == NM_OK && index_bytes > 0)
    {
        rc = put(writer, writer->index, index_bytes);
    }

    if (rc != NM_OK)
    {
        return rc;
    }

    writer->pad_pending = false;
    rc = writer->card.ops->flush(writer->file);
    if (rc == NM_OK)
    {
        nm_avi_patch_header(&writer->layout, writer->header, writer->position, idx1_position, writer->timeline_frames,
                            writer->audio_bytes / 2, true);
        rc = writer->card.ops->write_at(writer->file, 0, writer->header, nm_avi_header_bytes(&writer->format));
    }

    if (rc == NM_OK)
    {
        rc = writer->card.ops->flush(writer->file);
    }

    if (rc != NM_OK)
    {
        writer->failed = true;
        return rc;
    }

    writer->file = NULL;
    if (length != NULL)
    {
        *length = writer->position;
    }

    return NM_OK;
}

void nm_avi_writer_abandon(nm_avi_writer *writer)
{
    if (writer != NULL)
    {
        writer->file = NULL;
    }
}
