/*
 * nm_bench.c - the native per-frame path against the work that cannot be avoided, in the same run.
 *
 *   native    nm_recorder over the stdio card: 10 s chunks, PCM before each frame, flush every second, each
 *             closed chunk read back and hashed (mbedTLS) in slices over the next chunk's frames.
 *   baseline  a plain C loop writing the same bytes with the same write sizes through stdio (header, 8-byte
 *             chunk headers, PCM, frame, idx1, header patch, the same flushes) and SHA-256ing every byte from
 *             memory as it writes it (mbedTLS): no read-back, no index bookkeeping.
 *
 * Heap allocations are counted by wrapping malloc (glibc lets the executable replace it): in steady state
 * (after the first chunk), per frame and per chunk. Usage: nm_bench [folder] [frames] [iterations]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "mbedtls/sha256.h"
#include "mbedtls/version.h"
#include "nm_recorder.h"

#if MBEDTLS_VERSION_NUMBER >= 0x03000000
#define SHA_STARTS(c) mbedtls_sha256_starts((c), 0)
#define SHA_UPDATE(c, d, n) mbedtls_sha256_update((c), (d), (n))
#define SHA_FINISH(c, o) mbedtls_sha256_finish((c), (o))
#else
#define SHA_STARTS(c) mbedtls_sha256_starts_ret((c), 0)
#define SHA_UPDATE(c, d, n) mbedtls_sha256_update_ret((c), (d), (n))
#define SHA_FINISH(c, o) mbedtls_sha256_finish_ret((c), (o))
#endif

#define FRAME_BYTES 30720
#define PCM_PER_FRAME 2134
#define FPS 15
#define CHUNK_MS 10000
#define MAX_FRAMES ((CHUNK_MS / 1000 + 1) * FPS)
#define MAX_AUDIO_CHUNKS (2 * MAX_FRAMES + 64)

/* Counting allocator: glibc's own entry points, counted. */
extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void __libc_free(void *pointer);
static volatile unsigned long s_allocations;

void *malloc(size_t size)
{
    s_allocations++;
    return __libc_malloc(size);
}

void *calloc(size_t count, size_t size)
{
    s_allocations++;
    return __libc_calloc(count, size);
}

void *realloc(void *pointer, size_t size)
{
    s_allocations++;
    return __libc_realloc(pointer, size);
}

void free(void *pointer)
{
    __libc_free(pointer);
}

static uint8_t s_frame[FRAME_BYTES + 8];
static uint8_t s_pcm[PCM_PER_FRAME];
static uint8_t s_index[16 * (MAX_FRAMES + MAX_AUDIO_CHUNKS)];
static uint8_t s_audio[16384];
static uint8_t s_read[16384];
static uint8_t s_header[NM_AVI_HEADER_BYTES_AUDIO];
static char s_root[NM_PATH_MAX];
static unsigned long s_chunks;
static uint64_t s_bytes;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static size_t frame_bytes(uint32_t i)
{
    return FRAME_BYTES - (i % 7); /* odd and even sizes, as JPEGs come */
}

static int64_t frame_ms(uint32_t i)
{
    return (int64_t)i * 1000 / FPS;
}

static void clean(const char *directory)
{
    char path[2 * NM_PATH_MAX];
    for (unsigned long n = 1; n < 100000; n++)
    {
        snprintf(path, sizeof(path), "%s/%s/%06lu.avi", s_root, directory, n);
        if (unlink(path) != 0)
        {
            break;
        }
    }
}

static void on_closed(void *context, const nm_chunk_record *record)
{
    (void)context;
    s_chunks++;
    s_bytes += record->bytes;
}

static uint32_t s_allocating_frames;
static uint32_t s_allocating_inside;
static unsigned long s_opens;

static void on_opened(void *context, const char *name, int64_t first_frame_ms)
{
    (void)context;
    (void)name;
    (void)first_frame_ms;
    s_opens++;
}

static double run_native(uint32_t frames, unsigned long *steady_allocations, uint32_t *steady_frames)
{
    nm_stdio_card stdio;
    nm_recorder recorder;
    nm_avi_format format = {640, 480, FPS, MAX_FRAMES, FRAME_BYTES, 16000, MAX_AUDIO_CHUNKS, 8192};
    nm_recorder_config config = {format, CHUNK_MS, 1000};
    nm_recorder_buffers buffers = {s_index, sizeof(s_index), s_audio, sizeof(s_audio), s_read, sizeof(s_read)};
    nm_recorder_events events = {on_opened, on_closed, NULL};
    if (nm_stdio_card_init(&stdio, s_root, false) != NM_OK)
    {
        exit(2);
    }

    nm_card card = {nm_stdio_card_ops(&stdio), &stdio};
    if (nm_recorder_init(&recorder, &config, card, &buffers, &events) != NM_OK ||
        nm_recorder_begin(&recorder, "native", 1, true) != NM_OK)
    {
        exit(2);
    }

    s_chunks = 0;
    s_bytes = 0;
    unsigned long allocations_at_steady = 0;
    uint32_t steady_from = (uint32_t)(FPS * CHUNK_MS / 1000);
    s_allocating_frames = 0;
    s_allocating_inside = 0;
    double start = now_s();
    for (uint32_t i = 0; i < frames; i++)
    {
        if (i == steady_from)
        {
            allocations_at_steady = s_allocations;
        }

        unsigned long before = s_allocations;
        unsigned long opens = s_opens;
        int rc = nm_recorder_audio(&recorder, s_pcm, PCM_PER_FRAME);
        if (rc == NM_OK)
        {
            rc = nm_recorder_frame(&recorder, s_frame, frame_bytes(i), frame_ms(i));
        }

        s_allocating_frames += (i >= steady_from && s_allocations != before) ? 1u : 0u;
        s_allocating_inside += (i >= steady_from && s_allocations != before && s_opens == opens) ? 1u : 0u;

        if (rc != NM_OK)
        {
            fprintf(stderr, "native: frame %u: %s\n", i, nm_result_name(rc));
            exit(1);
        }
    }

    *steady_allocations = s_allocations - allocations_at_steady;
    *steady_frames = frames - steady_from;
    if (nm_recorder_close_chunk(&recorder) != NM_OK || nm_recorder_settle(&recorder) != NM_OK)
    {
        exit(1);
    }

    double elapsed = now_s() - start;
    nm_recorder_free(&recorder);
    return elapsed;
}

/* One write, hashed from memory as it goes out. */
static void put(FILE *fp, mbedtls_sha256_context *sha, const uint8_t *data, size_t count, uint64_t *position)
{
    if (fwrite(data, 1, count, fp) != count || SHA_UPDATE(sha, data, count) != 0)
    {
        exit(1);
    }

    *position += count;
}

static double run_baseline(uint32_t frames)
{
    char path[2 * NM_PATH_MAX];
    uint8_t head[9];
    uint8_t digest[32];
    mbedtls_sha256_context sha;
    mbedtls_sha256_init(&sha);
    double start = now_s();
    FILE *fp = NULL;
    uint64_t position = 0;
    uint32_t chunk = 0;
    uint32_t entries = 0;
    int64_t first_ms = 0;
    int64_t last_flush_ms = 0;
    int pad = 0;
    for (uint32_t i = 0; i <= frames; i++)
    {
        int close_now = fp != NULL && (i == frames || frame_ms(i) - first_ms >= CHUNK_MS);
        if (close_now)
        {
            size_t h = (size_t)pad;
            memcpy(head + h, "idx1", 4);
            h += 8;
            put(fp, &sha, head, h, &position);
            put(fp, &sha, s_index, (size_t)entries * 16, &position);
            fflush(fp);
            fseek(fp, 0, SEEK_SET);
            fwrite(s_header, 1, sizeof(s_header), fp);
            fseek(fp, 0, SEEK_END);
            fflush(fp);
            fclose(fp);
            fp = NULL;
            SHA_FINISH(&sha, digest);
        }

        if (i == frames)
        {
            break;
        }

        if (fp == NULL)
        {
            snprintf(path, sizeof(path), "%s/baseline/%06u.avi", s_root, ++chunk);
            fp = fopen(path, "wb");
            if (fp == NULL || SHA_STARTS(&sha) != 0)
            {
                exit(1);
            }

            position = 0;
            entries = 0;
            pad = 0;
            first_ms = frame_ms(i);
            last_flush_ms = first_ms;
            put(fp, &sha, s_header, sizeof(s_header), &position);
        }

        size_t h = (size_t)pad;
        head[0] = 0;
        memcpy(head + h, "01wb", 4);
        put(fp, &sha, head, h + 8, &position);
        put(fp, &sha, s_pcm, PCM_PER_FRAME, &position);
        size_t count = frame_bytes(i);
        memcpy(head, "00dc", 4);
        put(fp, &sha, head, 8, &position);
        put(fp, &sha, s_frame, count, &position);
        pad = (int)(count & 1u);
        entries += 2;
        if (frame_ms(i) - last_flush_ms >= 1000)
        {
            fflush(fp);
            last_flush_ms = frame_ms(i);
        }
    }

    double elapsed = now_s() - start;
    mbedtls_sha256_free(&sha);
    return elapsed;
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a;
    double y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    const char *root = argc > 1 ? argv[1] : "/dev/shm/nm-bench";
    uint32_t frames = argc > 2 ? (uint32_t)strtoul(argv[2], NULL, 10) : 10000;
    int iterations = argc > 3 ? atoi(argv[3]) : 9;
    double native[64];
    double baseline[64];
    char path[2 * NM_PATH_MAX];
    unsigned long steady_allocations = 0;
    uint32_t steady_frames = 0;
    if (iterations < 1 || iterations > 64 || frames < 300 || strlen(root) >= sizeof(s_root))
    {
        fprintf(stderr, "usage: nm_bench [folder] [frames >= 300] [iterations 1..64]\n");
        return 2;
    }

    strcpy(s_root, root);
    mkdir(s_root, 0755);
    snprintf(path, sizeof(path), "%s/native", s_root);
    mkdir(path, 0755);
    snprintf(path, sizeof(path), "%s/baseline", s_root);
    mkdir(path, 0755);
    for (size_t i = 0; i < sizeof(s_frame); i++)
    {
        s_frame[i] = (uint8_t)(i * 7u + 3u);
    }

    for (size_t i = 0; i < sizeof(s_pcm); i++)
    {
        s_pcm[i] = (uint8_t)(i * 13u + 1u);
    }

    /* Warm-up, then alternate so both see the same machine. */
    run_baseline(frames);
    clean("baseline");
    run_native(frames, &steady_allocations, &steady_frames);
    clean("native");
    for (int n = 0; n < iterations; n++)
    {
        baseline[n] = run_baseline(frames);
        clean("baseline");
        native[n] = run_native(frames, &steady_allocations, &steady_frames);
        clean("native");
    }

    qsort(native, (size_t)iterations, sizeof(double), compare);
    qsort(baseline, (size_t)iterations, sizeof(double), compare);
    double native_median = native[iterations / 2];
    double baseline_median = baseline[iterations / 2];
    double mb = (double)s_bytes / 1e6;
    printf("frames %u of %d B at %d fps + %d B PCM each, %lu chunks, %.1f MB recorded, %d iterations, medians:\n",
           frames, FRAME_BYTES, FPS, PCM_PER_FRAME, s_chunks, mb, iterations);
    printf("baseline (write + SHA-256 from memory): %.2f us/frame, %.0f MB/s\n", baseline_median * 1e6 / frames,
           mb / baseline_median);
    printf("native path:                            %.2f us/frame, %.0f MB/s, %.2fx baseline\n",
           native_median * 1e6 / frames, mb / native_median, baseline_median / native_median);
    printf("heap allocations in steady state: %lu over %u frames (%.4f per frame); frames that allocated: %u, "
           "of them inside a chunk (no chunk opened): %u\n",
           steady_allocations, steady_frames, (double)steady_allocations / steady_frames, s_allocating_frames,
           s_allocating_inside);
    printf("bytes read back per byte recorded: 1.00 (each closed chunk once, for its hash)\n");
    return 0;
}
