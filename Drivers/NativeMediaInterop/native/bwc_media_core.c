/* bwc_media_core.c - the recorder, its fixed buffers, the segment state, the counters, the event queue. */
#include "bwc_media_core.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

typedef struct
{
    int kind;   /* BWC_EVENT_OPENED (name and first frame time only), _CLOSED, _FAULTED */
    int result; /* the nm_result that faulted the segment (BWC_EVENT_FAULTED) */
    nm_chunk_record record;
} bwc_event;

/* Static, hence internal RAM on the ESP32: the card's DMA reads the stage and writes the read-back buffer. */
static uint8_t s_index[BWC_CORE_INDEX_BYTES];
static uint8_t s_audio[BWC_CORE_AUDIO_BYTES];
static _Alignas(64) uint8_t s_read[BWC_CORE_READ_BYTES];
static _Alignas(64) uint8_t s_stage[BWC_CORE_STAGE_BYTES];

static nm_stdio_card s_card;
static nm_recorder s_recorder;
static nm_recorder_config s_config;
static bool s_started;
static bool s_segment;

static bwc_event s_events[BWC_CORE_EVENT_QUEUE];
static unsigned s_event_head;
static unsigned s_event_count;

static int32_t s_last_result;
static int32_t s_frames_recorded;
static int32_t s_frames_dropped;
static int32_t s_frames_idle;
static int32_t s_audio_overruns;
static int32_t s_commands_applied;
static bool s_fault_reported;

static void note(int rc)
{
    if (rc < 0)
    {
        s_last_result = rc;
    }
}

static bwc_event *push_event(void)
{
    if (s_event_count == BWC_CORE_EVENT_QUEUE)
    {
        /* Nobody took events for a long while: keep the oldest (each is a chunk's manifest line) and say so. */
        note(NM_ERR_STATE);
        return NULL;
    }

    bwc_event *event = &s_events[(s_event_head + s_event_count) % BWC_CORE_EVENT_QUEUE];
    s_event_count++;
    return event;
}

static void on_opened(void *context, const char *name, int64_t first_frame_ms)
{
    (void)context;
    bwc_event *event = push_event();
    if (event != NULL)
    {
        memset(event, 0, sizeof(*event));
        event->kind = BWC_EVENT_OPENED;
        (void)snprintf(event->record.path, sizeof(event->record.path), "%s/%s", s_recorder.directory, name);
        (void)snprintf(event->record.name, sizeof(event->record.name), "%s", name);
        event->record.first_frame_ms = first_frame_ms;
        event->record.last_frame_ms = first_frame_ms;
    }
}

static void on_closed(void *context, const nm_chunk_record *record)
{
    (void)context;
    bwc_event *event = push_event();
    if (event != NULL)
    {
        event->kind = BWC_EVENT_CLOSED;
        event->result = NM_OK;
        event->record = *record;
    }
}

/*
 * Once per fault: the recorder gave up its chunk and pending hash after a card error (rc). The event names the
 * chunk being written (or, with none open, the one being hashed); nothing more is recorded until begin.
 */
static void report_fault(int rc, bool was_writing)
{
    if (s_fault_reported || !s_recorder.faulted)
    {
        return;
    }

    s_fault_reported = true;
    bwc_event *event = push_event();
    if (event != NULL)
    {
        memset(event, 0, sizeof(*event));
        event->kind = BWC_EVENT_FAULTED;
        event->result = rc;
        const nm_chunk_record *chunk = was_writing || s_recorder.closed.path[0] == '\0' ? &s_recorder.open : &s_recorder.closed;
        memcpy(event->record.path, chunk->path, sizeof(event->record.path));
        memcpy(event->record.name, chunk->name, sizeof(event->record.name));
    }
}

int bwc_core_start(const char *card_root, const int32_t *config, size_t count, bool sync_on_flush,
                   bwc_stage_predicate needs_stage)
{
    if (card_root == NULL || config == NULL || count != BWC_CONFIG_COUNT)
    {
        return NM_ERR_ARG;
    }

    for (size_t i = 0; i < count; i++)
    {
        if (config[i] < 0)
        {
            return NM_ERR_ARG;
        }
    }

    if (s_started)
    {
        bwc_core_stop();
    }

    nm_recorder_config c;
    memset(&c, 0, sizeof(c));
    c.format.width = (uint32_t)config[BWC_CONFIG_WIDTH];
    c.format.height = (uint32_t)config[BWC_CONFIG_HEIGHT];
    c.format.frames_per_second = (uint32_t)config[BWC_CONFIG_FPS];
    c.format.max_video_frames = (uint32_t)config[BWC_CONFIG_MAX_FRAMES];
    c.format.max_video_frame_bytes = (uint32_t)config[BWC_CONFIG_MAX_FRAME_BYTES];
    c.format.audio_rate_hz = (uint32_t)config[BWC_CONFIG_AUDIO_RATE];
    c.format.max_audio_chunks = (uint32_t)config[BWC_CONFIG_MAX_AUDIO_CHUNKS];
    c.format.max_audio_chunk_bytes = (uint32_t)config[BWC_CONFIG_MAX_AUDIO_CHUNK_BYTES];
    c.chunk_ms = (uint32_t)config[BWC_CONFIG_CHUNK_MS];
    c.flush_interval_ms = (uint32_t)config[BWC_CONFIG_FLUSH_MS];
    if (nm_avi_format_check(&c.format) != NM_OK || nm_avi_index_bytes(&c.format) > sizeof(s_index) ||
        c.format.max_audio_chunk_bytes > sizeof(s_audio) || c.chunk_ms == 0)
    {
        return NM_ERR_ARG;
    }

    int rc = nm_stdio_card_init(&s_card, card_root, sync_on_flush);
    if (rc != NM_OK)
    {
        return rc;
    }

    nm_card stdio = {nm_stdio_card_ops(&s_card), &s_card};
    nm_card card = bwc_staged_card_init(stdio, s_stage, sizeof(s_stage), needs_stage);
    nm_recorder_buffers buffers = {s_index, sizeof(s_index), s_audio, sizeof(s_audio), s_read, sizeof(s_read)};
    nm_recorder_events events = {on_opened, on_closed, NULL};
    rc = nm_recorder_init(&s_recorder, &c, card, &buffers, &events);
    if (rc != NM_OK)
    {
        return rc;
    }

    s_config = c;
    s_started = true;
    s_segment = false;
    s_event_head = 0;
    s_event_count = 0;
    s_last_result = 0;
    s_frames_recorded = s_frames_dropped = s_frames_idle = s_audio_overruns = 0;
    s_commands_applied = 0;
    s_fault_reported = false;
    return NM_OK;
}

const nm_recorder_config *bwc_core_config(void)
{
    return &s_config;
}

bool bwc_core_started(void)
{
    return s_started;
}

/* The segment's folder and its parents ("clips", "clips/000007"), as the managed card's CreateDirectory does. */
static int make_directories(const char *directory)
{
    char full[NM_PATH_MAX];
    int rc = nm_stdio_card_path(&s_card, directory, full, sizeof(full));
    if (rc != NM_OK)
    {
        return rc;
    }

    size_t root = strlen(s_card.root);
    for (char *at = full + root + 1; ; at++)
    {
        if (*at == '/' || *at == '\0')
        {
            char kept = *at;
            *at = '\0';
            if (mkdir(full, 0777) != 0 && errno != EEXIST)
            {
                return errno == ENOSPC ? NM_ERR_CARD_FULL : NM_ERR_IO;
            }

            *at = kept;
            if (kept == '\0')
            {
                return NM_OK;
            }
        }
    }
}

int bwc_core_begin(const char *directory, uint32_t first_sequence, bool with_audio)
{
    s_commands_applied++;
    if (!s_started)
    {
        return NM_ERR_STATE;
    }

    int rc = make_directories(directory);
    if (rc != NM_OK)
    {
        note(rc);
        return rc;
    }

    rc = nm_recorder_begin(&s_recorder, directory, first_sequence, with_audio);
    note(rc);
    if (rc == NM_OK)
    {
        s_segment = true;
        s_fault_reported = false;
    }

    return rc;
}

int bwc_core_set_muted(bool muted)
{
    s_commands_applied++;
    if (!s_started)
    {
        return NM_ERR_STATE;
    }

    int rc = nm_recorder_set_muted(&s_recorder, muted);
    note(rc);
    return rc;
}

int bwc_core_close_chunk(bool end_segment)
{
    s_commands_applied++;
    if (!s_started)
    {
        return NM_ERR_STATE;
    }

    bool writing = nm_recorder_chunk_open(&s_recorder);
    int rc = nm_recorder_close_chunk(&s_recorder);
    note(rc);
    report_fault(rc, writing);
    if (end_segment)
    {
        s_segment = false;
        nm_recorder_drop_audio(&s_recorder);
    }

    return rc;
}

int bwc_core_settle(void)
{
    s_commands_applied++;
    if (!s_started)
    {
        return NM_ERR_STATE;
    }

    int rc = nm_recorder_settle(&s_recorder);
    note(rc);
    report_fault(rc, false);
    return rc;
}

int bwc_core_abandon(void)
{
    s_commands_applied++;
    if (!s_started)
    {
        return NM_ERR_STATE;
    }

    /* The store met a fault itself: no event, and nothing recorded until the next begin. */
    nm_recorder_abandon(&s_recorder);
    nm_recorder_drop_audio(&s_recorder);
    s_segment = false;
    return NM_OK;
}

void bwc_core_frame(const uint8_t *jpeg, size_t count, int64_t capture_ms)
{
    if (!s_started || !s_segment || s_recorder.faulted)
    {
        s_frames_idle++;
        nm_recorder_drop_audio(&s_recorder);
        return;
    }

    int rc = nm_recorder_frame(&s_recorder, jpeg, count, capture_ms);
    if (rc == NM_OK)
    {
        s_frames_recorded++;
        return;
    }

    note(rc);
    report_fault(rc, true);
    if (rc == NM_ERR_ARG)
    {
        s_frames_dropped++; /* larger than the format's largest frame */
    }
}

void bwc_core_audio(const uint8_t *pcm, size_t count)
{
    if (!s_started || !s_segment || s_recorder.faulted)
    {
        return;
    }

    int rc = nm_recorder_audio(&s_recorder, pcm, count);
    if (rc == NM_ERR_AUDIO_OVERRUN)
    {
        s_audio_overruns++;
        return;
    }

    note(rc);
    report_fault(rc, true);
}

void bwc_core_frame_lost(void)
{
    s_frames_dropped++;
}

void bwc_core_audio_lost(void)
{
    s_audio_overruns++;
}

bool bwc_core_take_event(nm_chunk_record *record, int *kind, int *result)
{
    if (s_event_count == 0)
    {
        return false;
    }

    *record = s_events[s_event_head].record;
    *kind = s_events[s_event_head].kind;
    *result = s_events[s_event_head].result;
    s_event_head = (s_event_head + 1) % BWC_CORE_EVENT_QUEUE;
    s_event_count--;
    return true;
}

void bwc_core_status(int32_t *values, size_t count)
{
    int32_t all[BWC_STATUS_COUNT];
    all[BWC_STATUS_FLAGS] = (s_segment ? 1 : 0) | (s_started && nm_recorder_chunk_open(&s_recorder) ? 2 : 0) |
                            (s_recorder.faulted ? 4 : 0) | (s_recorder.muted ? 8 : 0);
    all[BWC_STATUS_LAST_RESULT] = s_last_result;
    all[BWC_STATUS_FRAMES_RECORDED] = s_frames_recorded;
    all[BWC_STATUS_FRAMES_DROPPED] = s_frames_dropped;
    all[BWC_STATUS_FRAMES_IDLE] = s_frames_idle;
    all[BWC_STATUS_AUDIO_OVERRUNS] = s_audio_overruns;
    all[BWC_STATUS_CLOSED_WAITING] = (int32_t)s_event_count;
    all[BWC_STATUS_COMMANDS_APPLIED] = s_commands_applied;
    for (size_t i = 0; i < count && i < BWC_STATUS_COUNT; i++)
    {
        values[i] = all[i];
    }
}

void bwc_core_stop(void)
{
    if (!s_started)
    {
        return;
    }

    note(nm_recorder_close_chunk(&s_recorder));
    note(nm_recorder_settle(&s_recorder));
    nm_recorder_free(&s_recorder);
    s_segment = false;
    s_started = false;
}
