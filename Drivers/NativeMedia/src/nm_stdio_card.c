/* nm_stdio_card.c - the card through plain C stdio (ESP-IDF VFS on the device, the file system on the host). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "nm_stdio_card.h"

/* The FILE itself is the nm_file; the stdio card keeps no state per file. */
#define AS_FILE(f) ((FILE *)(void *)(f))

static int from_errno(int error)
{
    if (error == ENOSPC)
    {
        return NM_ERR_CARD_FULL;
    }

    if (error == ENOENT || error == ENODEV || error == ENXIO)
    {
        return NM_ERR_CARD_REMOVED;
    }

    return NM_ERR_IO;
}

int nm_stdio_card_init(nm_stdio_card *card, const char *root, bool sync_on_flush)
{
    if (card == NULL || root == NULL || strlen(root) >= sizeof(card->root))
    {
        return NM_ERR_ARG;
    }

    memcpy(card->root, root, strlen(root) + 1);
    card->sync_on_flush = sync_on_flush;
    return NM_OK;
}

int nm_stdio_card_path(const nm_stdio_card *card, const char *path, char *out, size_t capacity)
{
    if (card == NULL || path == NULL || out == NULL)
    {
        return NM_ERR_ARG;
    }

    int n = snprintf(out, capacity, "%s/%s", card->root, path);
    return (n < 0 || (size_t)n >= capacity) ? NM_ERR_ARG : NM_OK;
}

static int stdio_open(void *context, const char *path, const char *mode, nm_file **file)
{
    char full[2 * NM_PATH_MAX];
    if (file == NULL || nm_stdio_card_path((const nm_stdio_card *)context, path, full, sizeof(full)) != NM_OK)
    {
        return NM_ERR_ARG;
    }

    FILE *fp = fopen(full, mode);
    if (fp == NULL)
    {
        return from_errno(errno);
    }

    *file = (nm_file *)(void *)fp;
    return NM_OK;
}

static int stdio_create(void *context, const char *path, nm_file **file)
{
    return stdio_open(context, path, "wb", file);
}

static int stdio_open_read(void *context, const char *path, nm_file **file)
{
    return stdio_open(context, path, "rb", file);
}

static int stdio_write(nm_file *file, const void *data, size_t count)
{
    if (count > 0 && fwrite(data, 1, count, AS_FILE(file)) != count)
    {
        return from_errno(errno);
    }

    return NM_OK;
}

static int stdio_write_at(nm_file *file, uint32_t offset, const void *data, size_t count)
{
    FILE *fp = AS_FILE(file);
    long end = ftell(fp);
    if (end < 0 || fseek(fp, (long)offset, SEEK_SET) != 0)
    {
        return from_errno(errno);
    }

    int rc = stdio_write(file, data, count);
    if (fseek(fp, end, SEEK_SET) != 0 && rc == NM_OK)
    {
        rc = from_errno(errno);
    }

    return rc;
}

static int stdio_read(nm_file *file, void *buffer, size_t count, size_t *got)
{
    FILE *fp = AS_FILE(file);
    *got = fread(buffer, 1, count, fp);
    return (*got < count && ferror(fp)) ? from_errno(errno) : NM_OK;
}

static int stdio_flush(nm_file *file)
{
    FILE *fp = AS_FILE(file);
    if (fflush(fp) != 0)
    {
        return from_errno(errno);
    }

    return NM_OK;
}

static int stdio_sync(nm_file *file)
{
    int rc = stdio_flush(file);
    if (rc == NM_OK && fsync(fileno(AS_FILE(file))) != 0)
    {
        rc = from_errno(errno);
    }

    return rc;
}

static int stdio_close(nm_file *file)
{
    return fclose(AS_FILE(file)) != 0 ? from_errno(errno) : NM_OK;
}

static const nm_file_ops s_stdio_ops = {
    stdio_create, stdio_open_read, stdio_write, stdio_write_at, stdio_read, stdio_flush, stdio_close,
};

static const nm_file_ops s_stdio_sync_ops = {
    stdio_create, stdio_open_read, stdio_write, stdio_write_at, stdio_read, stdio_sync, stdio_close,
};

const nm_file_ops *nm_stdio_card_ops(const nm_stdio_card *card)
{
    return (card != NULL && card->sync_on_flush) ? &s_stdio_sync_ops : &s_stdio_ops;
}
