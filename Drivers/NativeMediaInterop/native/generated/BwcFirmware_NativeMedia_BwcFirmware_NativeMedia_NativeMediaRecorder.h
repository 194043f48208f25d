//-----------------------------------------------------------------------------
//
//                   ** WARNING! ** 
//    This file was generated automatically by a tool.
//    Re-running the tool will overwrite this file.
//    You should copy this file to a custom location
//    before adding any customization in the copy to
//    prevent loss of your changes when the tool is
//    re-run.
//
//-----------------------------------------------------------------------------

#ifndef BWCFIRMWARE_NATIVEMEDIA_BWCFIRMWARE_NATIVEMEDIA_BWCFIRMWARE_NATIVEMEDIA_NATIVEMEDIARECORDER_H
#define BWCFIRMWARE_NATIVEMEDIA_BWCFIRMWARE_NATIVEMEDIA_BWCFIRMWARE_NATIVEMEDIA_NATIVEMEDIARECORDER_H

namespace BwcFirmware_NativeMedia
{
    namespace BwcFirmware_NativeMedia
    {
        struct NativeMediaRecorder
        {
            // Helper Functions to access fields of managed object
            // Declaration of stubs. These functions are implemented by Interop code developers

            static const char* NativeVersion(  HRESULT &hr );

            static const char* NativeResultName( signed int param0, HRESULT &hr );

            static signed int NativeStart( const char* param0, CLR_RT_TypedArray_INT32 param1, HRESULT &hr );

            static signed int NativeStartCamera( CLR_RT_TypedArray_INT32 param0, signed int param1, signed int param2, signed int param3, signed int param4, HRESULT &hr );

            static signed int NativeStartMicrophone( signed int param0, signed int param1, signed int param2, HRESULT &hr );

            static signed int NativeBegin( CLR_RT_TypedArray_INT64 param0, const char* param1, signed int param2, bool param3, HRESULT &hr );

            static signed int NativeSetMuted( CLR_RT_TypedArray_INT64 param0, bool param1, HRESULT &hr );

            static signed int NativeCloseChunk( CLR_RT_TypedArray_INT64 param0, bool param1, HRESULT &hr );

            static signed int NativeSettle( CLR_RT_TypedArray_INT64 param0, HRESULT &hr );

            static signed int NativeAbandon( CLR_RT_TypedArray_INT64 param0, HRESULT &hr );

            static signed int NativePoll( CLR_RT_TypedArray_INT64 param0, HRESULT &hr );

            static const char* NativeTakeEvent( CLR_RT_TypedArray_INT64 param0, CLR_RT_TypedArray_UINT8 param1, HRESULT &hr );

            static void NativeStatus( CLR_RT_TypedArray_INT32 param0, HRESULT &hr );

            static void NativeStop(  HRESULT &hr );

        };
    }
}

#endif // BWCFIRMWARE_NATIVEMEDIA_BWCFIRMWARE_NATIVEMEDIA_BWCFIRMWARE_NATIVEMEDIA_NATIVEMEDIARECORDER_H
