# The interop assembly BwcFirmware.NativeMedia for an nf-interpreter ESP32 image. nf-interpreter's
# CMake/Modules/FindNF_NativeAssemblies.cmake calls find_package(INTEROP-BwcFirmware.NativeMedia) when
# NF_INTEROP_ASSEMBLIES names the assembly; prepare-nf-interpreter.sh copies this file to CMake/Modules.
# Shaped like the module MetadataProcessor's -generateskeleton writes, but the sources stay in this repository
# (BWC_FIRMWARE_ROOT, a checkout of it): the generated glue, the hand-written bodies, the service with its ESP32
# backend and Drivers/NativeMedia's C library. esp32-camera and the I2S PDM driver come from IDF components.

if(NOT BWC_FIRMWARE_ROOT)
    message(FATAL_ERROR "BwcFirmware.NativeMedia: set BWC_FIRMWARE_ROOT to a checkout of BwcFirmware")
endif()

set(BWC_INTEROP_DIR ${BWC_FIRMWARE_ROOT}/Drivers/NativeMediaInterop/native)
set(BWC_NATIVE_MEDIA_DIR ${BWC_FIRMWARE_ROOT}/Drivers/NativeMedia)

list(APPEND BwcFirmware.NativeMedia_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/CLR/Core)
list(APPEND BwcFirmware.NativeMedia_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/CLR/Include)
list(APPEND BwcFirmware.NativeMedia_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/HAL/Include)
list(APPEND BwcFirmware.NativeMedia_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/PAL/Include)
list(APPEND BwcFirmware.NativeMedia_INCLUDE_DIRS ${BWC_INTEROP_DIR})
list(APPEND BwcFirmware.NativeMedia_INCLUDE_DIRS ${BWC_INTEROP_DIR}/generated)
list(APPEND BwcFirmware.NativeMedia_INCLUDE_DIRS ${BWC_NATIVE_MEDIA_DIR}/include)
list(APPEND BwcFirmware.NativeMedia_INCLUDE_DIRS ${BWC_NATIVE_MEDIA_DIR}/src)

set(BwcFirmware.NativeMedia_SRCS
    ${BWC_INTEROP_DIR}/generated/BwcFirmware_NativeMedia.cpp
    ${BWC_INTEROP_DIR}/generated/BwcFirmware_NativeMedia_BwcFirmware_NativeMedia_NativeMediaRecorder_mshl.cpp
    ${BWC_INTEROP_DIR}/BwcFirmware_NativeMedia_BwcFirmware_NativeMedia_NativeMediaRecorder.cpp
    ${BWC_INTEROP_DIR}/bwc_media_core.c
    ${BWC_INTEROP_DIR}/bwc_staged_card.c
    ${BWC_INTEROP_DIR}/esp32/bwc_media_esp32.c
    ${BWC_NATIVE_MEDIA_DIR}/src/nm_result.c
    ${BWC_NATIVE_MEDIA_DIR}/src/nm_stdio_card.c
    ${BWC_NATIVE_MEDIA_DIR}/src/nm_avi_header.c
    ${BWC_NATIVE_MEDIA_DIR}/src/nm_avi_writer.c
    ${BWC_NATIVE_MEDIA_DIR}/src/nm_file_hasher.c
    ${BWC_NATIVE_MEDIA_DIR}/src/nm_recorder.c
)

foreach(SRC_FILE ${BwcFirmware.NativeMedia_SRCS})
    if(NOT EXISTS ${SRC_FILE})
        message(FATAL_ERROR "BwcFirmware.NativeMedia: missing ${SRC_FILE}")
    endif()
    list(APPEND BwcFirmware.NativeMedia_SOURCES ${SRC_FILE})
endforeach()

include(FindPackageHandleStandardArgs)

FIND_PACKAGE_HANDLE_STANDARD_ARGS(BwcFirmware.NativeMedia DEFAULT_MSG BwcFirmware.NativeMedia_INCLUDE_DIRS BwcFirmware.NativeMedia_SOURCES)
