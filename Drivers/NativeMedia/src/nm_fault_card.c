/* nm_fault_card.c - host only: the stdio card with power cuts, a full card, removal and write errors. */
#include <string.h>
#include <unistd.h>

#include "nm_fault_card.h"

#define AS_FAULT(f) ((nm_fault_file *)(void *)(f))

void nm_fault_card_init(nm_fault_card *card, nm_stdio_card *inner)
{
    memset(card, 0, sizeof(*card));
    card->inner = inner;
    card->inner_ops = nm_stdio_card_ops(inner);
    card->cut_after_bytes = NM_FAULT_NEVER;
    card->cut_after_ops = NM_FAULT_NEVER;
    card->full_after_bytes = NM_FAULT_NEVER;
    card->error_at_op = NM_FAULT_NEVER;
}

/* The power goes: files keep what the plan says they keep, and the card answers nothing more. */
static void power_cut(nm_fault_card *card)
{
    char full[2 * NM_PATH_MAX];
    card->cut = true;
    for (int i = 0; i < NM_FAULT_FILES; i++)
    {
        nm_fault_file *file = &card->files[i];
        if (!file->used || !file->writable)
        {
            continue;
        }

        (void)card->inner_ops->flush(file->inner);
        if (card->lose_unflushed && nm_stdio_card_path(card->inner, file->path, full, sizeof(full)) == NM_OK)
        {
            (void)truncate(full, (off_t)file->flushed);
        }
    }
}

/* Counts an operation; returns the fault it meets, if any. */
static int next_op(nm_fault_card *card)
{
    if (card->cut || card->removed)
    {
        return NM_ERR_CARD_REMOVED;
    }

    card->ops++;
    if (card->ops > card->cut_after_ops)
    {
        power_cut(card);
        return NM_ERR_CARD_REMOVED;
    }

    return card->ops == card->error_at_op ? NM_ERR_IO : NM_OK;
}

static int open_file(void *context, const char *path, nm_file **file, bool writable)
{
    nm_fault_card *card = (nm_fault_card *)context;
    int rc = writable ? next_op(card) : ((card->cut || card->removed) ? NM_ERR_CARD_REMOVED : NM_OK);
    if (rc != NM_OK)
    {
        return rc;
    }

    for (int i = 0; i < NM_FAULT_FILES; i++)
    {
        nm_fault_file *slot = &card->files[i];
        if (slot->used)
        {
            continue;
        }

        if (strlen(path) >= sizeof(slot->path))
        {
            return NM_ERR_ARG;
        }

        rc = writable ? card->inner_ops->create(card->inner, path, &slot->inner)
                      : card->inner_ops->open_read(card->inner, path, &slot->inner);
        if (rc != NM_OK)
        {
            return rc;
        }

        slot->card = card;
        slot->used = true;
        slot->writable = writable;
        slot->written = 0;
        slot->flushed = 0;
        memcpy(slot->path, path, strlen(path) + 1);
        *file = (nm_file *)(void *)slot;
        return NM_OK;
    }

    return NM_ERR_STATE;
}

static int fault_create(void *context, const char *path, nm_file **file)
{
    return open_file(context, path, file, true);
}

static int fault_open_read(void *context, const char *path, nm_file **file)
{
    return open_file(context, path, file, false);
}

/* Lets through the bytes that land before a cut or a full card; the rest of the write fails. */
static int land(nm_fault_file *file, uint32_t offset, bool append, const uint8_t *data, size_t count)
{
    nm_fault_card *card = file->card;
    int rc = next_op(card);
    if (rc != NM_OK)
    {
        return rc;
    }

    uint64_t allowed = count;
    int limit = NM_OK;
    if (card->cut_after_bytes != NM_FAULT_NEVER && card->bytes_written + allowed > card->cut_after_bytes)
    {
        allowed = card->cut_after_bytes - card->bytes_written;
        limit = NM_ERR_CARD_REMOVED;
    }

    if (card->full_after_bytes != NM_FAULT_NEVER && card->bytes_written + allowed > card->full_after_bytes)
    {
        allowed = card->full_after_bytes - card->bytes_written;
        limit = NM_ERR_CARD_FULL;
    }

    if (allowed > 0)
    {
        rc = append ? card->inner_ops->write(file->inner, data, (size_t)allowed)
                    : card->inner_ops->write_at(file->inner, offset, data, (size_t)allowed);
        if (rc != NM_OK)
        {
            return rc;
        }

        card->bytes_written += allowed;
        if (append)
        {
            file->written += allowed;
        }
    }

    if (limit == NM_ERR_CARD_REMOVED)
    {
        power_cut(card);
    }

    return limit;
}

static int fault_write(nm_file *file, const void *data, size_t count)
{
    return land(AS_FAULT(file), 0, true, (const uint8_t *)data, count);
}

static int fault_write_at(nm_file *file, uint32_t offset, const void *data, size_t count)
{
    return land(AS_FAULT(file), offset, false, (const uint8_t *)data, count);
}

static int fault_read(nm_file *handle, void *buffer, size_t count, size_t *got)
{
    nm_fault_file *file = AS_FAULT(handle);
    if (file->card->cut || file->card->removed)
    {
        return NM_ERR_CARD_REMOVED;
    }

    return file->card->inner_ops->read(file->inner, buffer, count, got);
}

static int fault_flush(nm_file *handle)
{
    nm_fault_file *file = AS_FAULT(handle);
    int rc = next_op(file->card);
    if (rc == NM_OK)
    {
        rc = file->card->inner_ops->flush(file->inner);
    }

    if (rc == NM_OK)
    {
        file->flushed = file->written;
    }

    return rc;
}

static int fault_close(nm_file *handle)
{
    nm_fault_file *file = AS_FAULT(handle);
    int rc = file->card->inner_ops->close(file->inner);
    file->used = false;
    return (file->card->cut || file->card->removed) ? NM_ERR_CARD_REMOVED : rc;
}

static const nm_file_ops s_fault_ops = {
    fault_create, fault_open_read, fault_write, fault_write_at, fault_read, fault_flush, fault_close,
};

const nm_file_ops *nm_fault_card_ops(void)
{
    return &s_fault_ops;
}
