/* bwc_staged_card.c - writes from memory the card cannot DMA from go through an internal stage (see the header). */
#include "bwc_staged_card.h"

#include <string.h>

static struct
{
    nm_card inner;
    uint8_t *stage;
    size_t stage_bytes;
    bwc_stage_predicate needs_stage;
} s_staged;

bool bwc_stage_always(const void *data)
{
    (void)data;
    return true;
}

static int staged_create(void *card, const char *path, nm_file **file)
{
    (void)card;
    return s_staged.inner.ops->create(s_staged.inner.context, path, file);
}

static int staged_open_read(void *card, const char *path, nm_file **file)
{
    (void)card;
    return s_staged.inner.ops->open_read(s_staged.inner.context, path, file);
}

static int staged_write(nm_file *file, const void *data, size_t count)
{
    if (count == 0 || !s_staged.needs_stage(data))
    {
        return s_staged.inner.ops->write(file, data, count);
    }

    const uint8_t *from = (const uint8_t *)data;
    while (count > 0)
    {
        size_t slice = count < s_staged.stage_bytes ? count : s_staged.stage_bytes;
        memcpy(s_staged.stage, from, slice);
        int rc = s_staged.inner.ops->write(file, s_staged.stage, slice);
        if (rc != NM_OK)
        {
            return rc;
        }

        from += slice;
        count -= slice;
    }

    return NM_OK;
}

static int staged_write_at(nm_file *file, uint32_t offset, const void *data, size_t count)
{
    return s_staged.inner.ops->write_at(file, offset, data, count);
}

static int staged_read(nm_file *file, void *buffer, size_t count, size_t *got)
{
    return s_staged.inner.ops->read(file, buffer, count, got);
}

static int staged_flush(nm_file *file)
{
    return s_staged.inner.ops->flush(file);
}

static int staged_close(nm_file *file)
{
    return s_staged.inner.ops->close(file);
}

static const nm_file_ops s_staged_ops = {
    staged_create, staged_open_read, staged_write, staged_write_at, staged_read, staged_flush, staged_close,
};

nm_card bwc_staged_card_init(nm_card inner, uint8_t *stage, size_t stage_bytes, bwc_stage_predicate needs_stage)
{
    s_staged.inner = inner;
    s_staged.stage = stage;
    s_staged.stage_bytes = stage_bytes;
    s_staged.needs_stage = needs_stage != NULL ? needs_stage : bwc_stage_always;
    nm_card card = {&s_staged_ops, NULL};
    return card;
}
