/*
 * bwc_media_esp32.c - the service in the ESP32 image: three tasks of their own, none of them the interpreter's.
 *   camera task     esp_camera_fb_get (blocks there, not in nanoCLR), stamps the frame, queues it
 *   microphone task i2s_channel_read from the PDM RX channel with a 100 ms timeout, into a 1 s PCM stream buffer
 *   recorder task   the only caller of the core: before each frame the PCM captured up to its time, then the
 *                   frame, then the frame buffer back to the driver; commands from the interop in between
 * A command stamped now_ms waits until every frame captured at or before now_ms went in (a later frame is
 * queued, or two frame periods passed), so the seams fall where the managed engine puts them. The interop
 * bodies never block: they queue a command, or read events and counters under the lock.
 * Times are nanoCLR's uptime clock (xTaskGetTickCount, targets/ESP32/_include/targetHAL_Time.h), in ms.
 */
#include "bwc_media_core.h"

#include <string.h>

#include "driver/i2s_pdm.h"
#include "esp_camera.h"
#include "esp_memory_utils.h"
#include "freertos/FreeRTOS.h"
#include "freertos/queue.h"
#include "freertos/semphr.h"
#include "freertos/stream_buffer.h"
#include "freertos/task.h"

#define BWC_CAMERA_PINS 16
#define BWC_COMMAND_QUEUE 8
#define BWC_PCM_RING_BYTES 32000 /* 1 s of 16 kHz 16-bit mono: a card stall this long loses no sample */
#define BWC_PCM_READ_BYTES 1024
#define BWC_CORE_CAMERA 0 /* nanoCLR and Wi-Fi run on core 1 on these targets' default config */

typedef enum
{
    BWC_CMD_BEGIN,
    BWC_CMD_MUTE,
    BWC_CMD_CLOSE,
    BWC_CMD_SETTLE,
    BWC_CMD_ABANDON
} bwc_command_kind;

typedef struct
{
    bwc_command_kind kind;
    int64_t now_ms;
    bool flag;
    uint32_t sequence;
    char directory[NM_PATH_MAX];
} bwc_command;

typedef struct
{
    camera_fb_t *fb;
    int64_t capture_ms;
} bwc_frame;

static SemaphoreHandle_t s_lock;
static QueueHandle_t s_commands;
static QueueHandle_t s_frames;
static StreamBufferHandle_t s_pcm;
static i2s_chan_handle_t s_rx;
static TaskHandle_t s_recorder_task;
static volatile bool s_running;
static volatile bool s_camera;
static bool s_microphone;
static int64_t s_microphone_start_ms;
static uint32_t s_rate_hz;
static uint64_t s_samples_taken;
static uint8_t s_pcm_piece[BWC_PCM_READ_BYTES];

static bool in_external_ram(const void *data)
{
    return esp_ptr_external_ram(data);
}

static int64_t now_ms(void)
{
    return (int64_t)xTaskGetTickCount() * portTICK_PERIOD_MS;
}

static void lock(void)
{
    xSemaphoreTake(s_lock, portMAX_DELAY);
}

static void unlock(void)
{
    xSemaphoreGive(s_lock);
}

static void camera_task(void *arg)
{
    (void)arg;
    while (s_running)
    {
        camera_fb_t *fb = esp_camera_fb_get();
        if (fb == NULL)
        {
            continue;
        }

        bwc_frame frame = {fb, now_ms()};
        if (xQueueSend(s_frames, &frame, 0) != pdTRUE)
        {
            esp_camera_fb_return(fb);
            lock();
            bwc_core_frame_lost();
            unlock();
        }
    }

    vTaskDelete(NULL);
}

static void microphone_task(void *arg)
{
    (void)arg;
    static uint8_t dma[BWC_PCM_READ_BYTES];
    while (s_running)
    {
        size_t got = 0;
        if (i2s_channel_read(s_rx, dma, sizeof(dma), &got, pdMS_TO_TICKS(100)) == ESP_OK && got > 0 &&
            xStreamBufferSend(s_pcm, dma, got, 0) != got)
        {
            lock();
            bwc_core_audio_lost();
            unlock();
        }
    }

    vTaskDelete(NULL);
}

/* The PCM captured up to t_ms into the core (16-bit mono: sample n was captured n / rate s after the start). */
static void take_audio_until(int64_t t_ms)
{
    if (!s_microphone || t_ms <= s_microphone_start_ms)
    {
        return;
    }

    uint64_t until = (uint64_t)(t_ms - s_microphone_start_ms) * s_rate_hz / 1000u;
    while (s_samples_taken < until)
    {
        size_t want = (size_t)(until - s_samples_taken) * 2u;
        size_t got = xStreamBufferReceive(s_pcm, s_pcm_piece, want < sizeof(s_pcm_piece) ? want : sizeof(s_pcm_piece), 0);
        if (got == 0)
        {
            return; /* not captured yet (DMA latency): it goes in before the next frame */
        }

        lock();
        bwc_core_audio(s_pcm_piece, got);
        unlock();
        s_samples_taken += got / 2u;
    }
}

static void apply(const bwc_command *command)
{
    if (command->kind == BWC_CMD_MUTE)
    {
        take_audio_until(command->now_ms);
    }

    lock();
    switch (command->kind)
    {
        case BWC_CMD_BEGIN:
            (void)bwc_core_begin(command->directory, command->sequence, command->flag);
            break;
        case BWC_CMD_MUTE:
            (void)bwc_core_set_muted(command->flag);
            break;
        case BWC_CMD_CLOSE:
            (void)bwc_core_close_chunk(command->flag);
            break;
        case BWC_CMD_SETTLE:
            (void)bwc_core_settle();
            break;
        case BWC_CMD_ABANDON:
            (void)bwc_core_abandon();
            break;
    }

    unlock();
}

static void record(const bwc_frame *frame)
{
    take_audio_until(frame->capture_ms);
    lock();
    bwc_core_frame(frame->fb->buf, frame->fb->len, frame->capture_ms);
    unlock();
    esp_camera_fb_return(frame->fb);
}

static void recorder_task(void *arg)
{
    (void)arg;
    bwc_command command;
    bool pending = false;
    while (s_running)
    {
        if (!pending)
        {
            pending = xQueueReceive(s_commands, &command, 0) == pdTRUE;
        }

        uint32_t period_ms = 1000u / bwc_core_config()->format.frames_per_second;
        bwc_frame frame;
        if (!s_camera)
        {
            if (pending)
            {
                apply(&command);
                pending = false;
            }
            else
            {
                vTaskDelay(pdMS_TO_TICKS(20));
            }
        }
        else if (xQueuePeek(s_frames, &frame, pdMS_TO_TICKS(pending ? 5 : 20)) == pdTRUE)
        {
            if (pending && frame.capture_ms > command.now_ms)
            {
                apply(&command); /* every frame up to the command's time went in first */
                pending = false;
                continue;
            }

            (void)xQueueReceive(s_frames, &frame, 0);
            record(&frame);
        }
        else if (pending && now_ms() - command.now_ms > 2 * (int64_t)period_ms)
        {
            apply(&command);
            pending = false;
        }
    }

    vTaskDelete(NULL);
}

static int post(const bwc_command *command)
{
    if (s_commands == NULL)
    {
        return NM_ERR_STATE;
    }

    return xQueueSend(s_commands, command, 0) == pdTRUE ? NM_OK : NM_ERR_STATE;
}

const char *bwc_media_version(void)
{
    return "nativemedia 1.0 esp32";
}

int bwc_media_start(const char *card_root, const int32_t *config, size_t count)
{
    if (s_running)
    {
        return NM_ERR_STATE;
    }

    if (s_lock == NULL)
    {
        s_lock = xSemaphoreCreateMutex();
        s_commands = xQueueCreate(BWC_COMMAND_QUEUE, sizeof(bwc_command));
        s_pcm = xStreamBufferCreate(BWC_PCM_RING_BYTES, 2);
    }

    if (s_lock == NULL || s_commands == NULL || s_pcm == NULL)
    {
        return NM_ERR_STATE;
    }

    /* sync_on_flush: fsync is FATFS's f_sync, the 1 s commit point of the flush policy. Frames from PSRAM (the
       camera's buffers) go to the card through the internal stage (bwc_staged_card.h). */
    int rc = bwc_core_start(card_root, config, count, true, in_external_ram);
    if (rc != NM_OK)
    {
        return rc;
    }

    s_running = true;
    if (xTaskCreatePinnedToCore(recorder_task, "bwc-recorder", 6144, NULL, 5, &s_recorder_task, BWC_CORE_CAMERA) != pdPASS)
    {
        s_running = false;
        bwc_core_stop();
        return NM_ERR_STATE;
    }

    return NM_OK;
}

int bwc_media_start_camera(const int32_t *pins, size_t pin_count, int xclk_hz, int frame_size, int jpeg_quality,
                           int frame_buffers)
{
    if (!s_running || s_camera || pins == NULL || pin_count != BWC_CAMERA_PINS || frame_buffers < 1)
    {
        return ESP_ERR_INVALID_ARG;
    }

    camera_config_t c;
    memset(&c, 0, sizeof(c));
    c.pin_pwdn = pins[0];
    c.pin_reset = pins[1];
    c.pin_xclk = pins[2];
    c.pin_sccb_sda = pins[3];
    c.pin_sccb_scl = pins[4];
    c.pin_d7 = pins[5];
    c.pin_d6 = pins[6];
    c.pin_d5 = pins[7];
    c.pin_d4 = pins[8];
    c.pin_d3 = pins[9];
    c.pin_d2 = pins[10];
    c.pin_d1 = pins[11];
    c.pin_d0 = pins[12];
    c.pin_vsync = pins[13];
    c.pin_href = pins[14];
    c.pin_pclk = pins[15];
    c.xclk_freq_hz = xclk_hz;
    c.ledc_timer = LEDC_TIMER_0;
    c.ledc_channel = LEDC_CHANNEL_0;
    c.pixel_format = PIXFORMAT_JPEG;
    c.frame_size = (framesize_t)frame_size;
    c.jpeg_quality = jpeg_quality;
    c.fb_count = (size_t)frame_buffers;
    c.fb_location = CAMERA_FB_IN_PSRAM;
    c.grab_mode = CAMERA_GRAB_WHEN_EMPTY; /* in order; a full queue drops and counts, never overwrites silently */
    esp_err_t err = esp_camera_init(&c);
    if (err != ESP_OK)
    {
        return err;
    }

    s_frames = xQueueCreate((UBaseType_t)frame_buffers, sizeof(bwc_frame));
    if (s_frames == NULL ||
        xTaskCreatePinnedToCore(camera_task, "bwc-camera", 4096, NULL, 6, NULL, BWC_CORE_CAMERA) != pdPASS)
    {
        esp_camera_deinit();
        return ESP_ERR_NO_MEM;
    }

    s_camera = true;
    return ESP_OK;
}

int bwc_media_start_microphone(int clock_pin, int data_pin, int sample_rate_hz)
{
    if (!s_running || s_microphone || sample_rate_hz <= 0)
    {
        return ESP_ERR_INVALID_ARG;
    }

    /* PDM RX exists on I2S0 only. The data pin is connected here, in PDM mode (issue 12, row 3). */
    i2s_chan_config_t channel = I2S_CHANNEL_DEFAULT_CONFIG(I2S_NUM_0, I2S_ROLE_MASTER);
    channel.dma_desc_num = 6;
    channel.dma_frame_num = 256;
    esp_err_t err = i2s_new_channel(&channel, NULL, &s_rx);
    if (err != ESP_OK)
    {
        return err;
    }

    i2s_pdm_rx_config_t pdm = {
        .clk_cfg = I2S_PDM_RX_CLK_DEFAULT_CONFIG((uint32_t)sample_rate_hz),
        .slot_cfg = I2S_PDM_RX_SLOT_DEFAULT_CONFIG(I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_MONO),
        .gpio_cfg =
            {
                .clk = (gpio_num_t)clock_pin,
                .din = (gpio_num_t)data_pin,
                .invert_flags = {.clk_inv = false},
            },
    };
    err = i2s_channel_init_pdm_rx_mode(s_rx, &pdm);
    if (err == ESP_OK)
    {
        err = i2s_channel_enable(s_rx);
    }

    if (err != ESP_OK)
    {
        (void)i2s_del_channel(s_rx);
        s_rx = NULL;
        return err;
    }

    s_rate_hz = (uint32_t)sample_rate_hz;
    s_samples_taken = 0;
    s_microphone_start_ms = now_ms();
    if (xTaskCreatePinnedToCore(microphone_task, "bwc-mic", 3072, NULL, 7, NULL, BWC_CORE_CAMERA) != pdPASS)
    {
        (void)i2s_channel_disable(s_rx);
        (void)i2s_del_channel(s_rx);
        s_rx = NULL;
        return ESP_ERR_NO_MEM;
    }

    s_microphone = true;
    return ESP_OK;
}

int bwc_media_begin(int64_t now, const char *directory, uint32_t first_sequence, bool with_audio)
{
    bwc_command command = {BWC_CMD_BEGIN, now, with_audio, first_sequence, {0}};
    if (directory == NULL || strlen(directory) >= sizeof(command.directory))
    {
        return NM_ERR_ARG;
    }

    memcpy(command.directory, directory, strlen(directory) + 1);
    return post(&command);
}

int bwc_media_set_muted(int64_t now, bool muted)
{
    bwc_command command = {BWC_CMD_MUTE, now, muted, 0, {0}};
    return post(&command);
}

int bwc_media_close_chunk(int64_t now, bool end_segment)
{
    bwc_command command = {BWC_CMD_CLOSE, now, end_segment, 0, {0}};
    return post(&command);
}

int bwc_media_settle(int64_t now)
{
    bwc_command command = {BWC_CMD_SETTLE, now, false, 0, {0}};
    return post(&command);
}

int bwc_media_abandon(int64_t now)
{
    bwc_command command = {BWC_CMD_ABANDON, now, false, 0, {0}};
    return post(&command);
}

int bwc_media_poll(int64_t now)
{
    (void)now; /* the tasks run on their own */
    int32_t status[BWC_STATUS_COUNT];
    bwc_media_status(status, BWC_STATUS_COUNT);
    return status[BWC_STATUS_CLOSED_WAITING];
}

bool bwc_media_take_event(nm_chunk_record *record, int *kind, int *result)
{
    if (s_lock == NULL)
    {
        return false;
    }

    lock();
    bool taken = bwc_core_take_event(record, kind, result);
    unlock();
    return taken;
}

void bwc_media_status(int32_t *values, size_t count)
{
    if (s_lock == NULL)
    {
        memset(values, 0, count * sizeof(*values));
        return;
    }

    lock();
    bwc_core_status(values, count);
    unlock();
}

void bwc_media_stop(void)
{
    if (!s_running)
    {
        return;
    }

    s_running = false;
    vTaskDelay(pdMS_TO_TICKS(250)); /* the tasks leave their loops within one read timeout */
    if (s_camera)
    {
        bwc_frame frame;
        while (xQueueReceive(s_frames, &frame, 0) == pdTRUE)
        {
            esp_camera_fb_return(frame.fb);
        }

        esp_camera_deinit();
        vQueueDelete(s_frames);
        s_frames = NULL;
        s_camera = false;
    }

    if (s_microphone)
    {
        (void)i2s_channel_disable(s_rx);
        (void)i2s_del_channel(s_rx);
        s_rx = NULL;
        s_microphone = false;
    }

    lock();
    bwc_core_stop();
    unlock();
    xStreamBufferReset(s_pcm);
    xQueueReset(s_commands);
}
