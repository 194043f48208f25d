//-----------------------------------------------------------------------------
// Hand-written half of the MetadataProcessor skeleton for BwcFirmware.NativeMedia.NativeMediaRecorder
// (file shape as -generateskeleton writes it). The bodies only convert arguments and call the C service
// (bwc_media_service.h), which runs Drivers/NativeMedia. The generated files beside it come from
// Drivers/NativeMediaInterop/generate-skeleton.sh (README.md, "Generated glue").
//-----------------------------------------------------------------------------

#include "BwcFirmware_NativeMedia.h"
#include "BwcFirmware_NativeMedia_BwcFirmware_NativeMedia_NativeMediaRecorder.h"

#include <string.h>

#include "bwc_media_service.h"

using namespace BwcFirmware_NativeMedia::BwcFirmware_NativeMedia;

// A command's time (ms of nanoCLR's uptime) comes as the first element of a long[] (NativeMediaRecorder.cs says why).
static int64_t TimeOf(CLR_RT_TypedArray_INT64 &time)
{
    return time.GetSize() > 0 ? (int64_t)time[0] : 0;
}

// NativeTakeEvent's numbers: bytes, frames, timeline frames, audio bytes, first ms, last ms, kind (BWC_EVENT_*),
// and a fault's nm_result.
static const unsigned int TakeNumbers = 8;

const char *NativeMediaRecorder::NativeVersion(HRESULT &hr)
{
    (void)hr;
    return bwc_media_version();
}

const char *NativeMediaRecorder::NativeResultName(signed int param0, HRESULT &hr)
{
    (void)hr;
    return nm_result_name(param0);
}

signed int NativeMediaRecorder::NativeStart(const char *param0, CLR_RT_TypedArray_INT32 param1, HRESULT &hr)
{
    (void)hr;
    return bwc_media_start(param0, (const int32_t *)param1.GetBuffer(), param1.GetSize());
}

signed int NativeMediaRecorder::NativeStartCamera(
    CLR_RT_TypedArray_INT32 param0,
    signed int param1,
    signed int param2,
    signed int param3,
    signed int param4,
    HRESULT &hr)
{
    (void)hr;
    return bwc_media_start_camera((const int32_t *)param0.GetBuffer(), param0.GetSize(), param1, param2, param3, param4);
}

signed int NativeMediaRecorder::NativeStartMicrophone(signed int param0, signed int param1, signed int param2, HRESULT &hr)
{
    (void)hr;
    return bwc_media_start_microphone(param0, param1, param2);
}

signed int NativeMediaRecorder::NativeBegin(CLR_RT_TypedArray_INT64 param0, const char *param1, signed int param2, bool param3, HRESULT &hr)
{
    if (param0.GetSize() < 1 || param1 == NULL || param2 < 0)
    {
        hr = CLR_E_INVALID_PARAMETER;
        return 0;
    }

    return bwc_media_begin(TimeOf(param0), param1, (uint32_t)param2, param3);
}

signed int NativeMediaRecorder::NativeSetMuted(CLR_RT_TypedArray_INT64 param0, bool param1, HRESULT &hr)
{
    (void)hr;
    return bwc_media_set_muted(TimeOf(param0), param1);
}

signed int NativeMediaRecorder::NativeCloseChunk(CLR_RT_TypedArray_INT64 param0, bool param1, HRESULT &hr)
{
    (void)hr;
    return bwc_media_close_chunk(TimeOf(param0), param1);
}

signed int NativeMediaRecorder::NativeSettle(CLR_RT_TypedArray_INT64 param0, HRESULT &hr)
{
    (void)hr;
    return bwc_media_settle(TimeOf(param0));
}

signed int NativeMediaRecorder::NativeAbandon(CLR_RT_TypedArray_INT64 param0, HRESULT &hr)
{
    (void)hr;
    return bwc_media_abandon(TimeOf(param0));
}

signed int NativeMediaRecorder::NativePoll(CLR_RT_TypedArray_INT64 param0, HRESULT &hr)
{
    (void)hr;
    return bwc_media_poll(TimeOf(param0));
}

const char *NativeMediaRecorder::NativeTakeEvent(CLR_RT_TypedArray_INT64 param0, CLR_RT_TypedArray_UINT8 param1, HRESULT &hr)
{
    // The record outlives the call: SetResult_LPCSTR copies the path into a managed string after we return.
    static nm_chunk_record s_record;
    int kind = 0;
    int result = 0;
    if (param0.GetSize() < TakeNumbers || param1.GetSize() < sizeof(s_record.sha256))
    {
        hr = CLR_E_INDEX_OUT_OF_RANGE;
        return "";
    }

    if (!bwc_media_take_event(&s_record, &kind, &result))
    {
        return "";
    }

    param0[0] = s_record.bytes;
    param0[1] = s_record.frames;
    param0[2] = s_record.timeline_frames;
    param0[3] = s_record.audio_bytes;
    param0[4] = s_record.first_frame_ms;
    param0[5] = s_record.last_frame_ms;
    param0[6] = kind;
    param0[7] = result;
    memcpy(param1.GetBuffer(), s_record.sha256, sizeof(s_record.sha256));
    return s_record.path;
}

void NativeMediaRecorder::NativeStatus(CLR_RT_TypedArray_INT32 param0, HRESULT &hr)
{
    (void)hr;
    bwc_media_status((int32_t *)param0.GetBuffer(), param0.GetSize());
}

void NativeMediaRecorder::NativeStop(HRESULT &hr)
{
    (void)hr;
    bwc_media_stop();
}
