/* bwc_test_pattern.c - the posix build's deterministic camera and microphone (see the header). */
#include "bwc_test_pattern.h"

int64_t bwc_pattern_frame_time(uint32_t k, uint32_t fps)
{
    return (int64_t)k * 1000 / (int64_t)fps;
}

size_t bwc_pattern_frame(uint32_t k, uint8_t *frame)
{
    size_t length = 400u + (size_t)((k * 389u) % 1200u);
    for (size_t i = 0; i < length; i++)
    {
        frame[i] = (uint8_t)((k * 7u + (uint32_t)i * 13u + ((uint32_t)i >> 8)) & 0xFFu);
    }

    frame[0] = 0xFF;
    frame[1] = 0xD8;
    frame[length - 2] = 0xFF;
    frame[length - 1] = 0xD9;
    return length;
}

uint64_t bwc_pattern_samples_until(int64_t t_ms, uint32_t rate_hz)
{
    return t_ms <= 0 ? 0 : (uint64_t)t_ms * rate_hz / 1000u;
}

void bwc_pattern_samples(uint64_t first, size_t count, uint8_t *pcm)
{
    for (size_t i = 0; i < count; i++)
    {
        int32_t value = (int32_t)(((first + i) * 37u) % 2000u) - 1000;
        uint16_t bits = (uint16_t)(int16_t)value;
        pcm[2 * i] = (uint8_t)(bits & 0xFFu);
        pcm[2 * i + 1] = (uint8_t)(bits >> 8);
    }
}
