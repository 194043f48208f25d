#!/usr/bin/env bash
# Prepares a clone of nanoframework/nf-interpreter (a3e8139a1, ESP-IDF v5.5.4 as its ESP32 build guide installs
# it) to build a nanoCLR image with BwcFirmware.NativeMedia compiled in (hardware/flashing.md, "Native media
# image"). Idempotent. It never changes this repository.
#   1 CMake/Modules/FindINTEROP-BwcFirmware.NativeMedia.cmake (this folder's)
#   2 esp32-camera v2.1.5 into $IDF_PATH/components (where nf-interpreter puts registry components) and added,
#     with esp_driver_i2s, to the IDF components nanoCLR links (CMake/binutils.ESP32.cmake)
#   3 targets/ESP32/_IDF/sdkconfig.bwc.<series>: the target's ESP-IDF defaults + sdkconfig.bwc
#   4 config/bwc-kconfig.conf: the Kconfig overlay naming that file
# Usage: IDF_PATH=<esp-idf> bash prepare-nf-interpreter.sh <nf-interpreter> <ESP32_S3_OCTAL|ESP32_PSRAM_REV0>
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
NFI=$(cd "${1:?nf-interpreter folder}" && pwd)
TARGET=${2:?target: ESP32_S3_OCTAL or ESP32_PSRAM_REV0}
IDF=${IDF_PATH:?set IDF_PATH to the ESP-IDF the nf-interpreter build uses}
CAMERA_REF=v2.1.5
case "$TARGET" in
  ESP32_S3_OCTAL) series=esp32s3; defaults=sdkconfig.default_octal_ble.esp32s3 ;;
  ESP32_PSRAM_REV0) series=esp32; defaults=sdkconfig.default ;;   # its defconfig names none: the default
  *) echo "unknown target $TARGET (ESP32_S3_OCTAL, ESP32_PSRAM_REV0)" >&2; exit 2 ;;
esac
[ -f "$NFI/CMake/binutils.ESP32.cmake" ] || { echo "not an nf-interpreter checkout: $NFI" >&2; exit 2; }
[ -f "$NFI/targets/ESP32/_IDF/$defaults" ] || { echo "missing $NFI/targets/ESP32/_IDF/$defaults" >&2; exit 2; }

cp "$HERE/FindINTEROP-BwcFirmware.NativeMedia.cmake" "$NFI/CMake/Modules/"
echo "1 CMake/Modules/FindINTEROP-BwcFirmware.NativeMedia.cmake"

if [ ! -d "$IDF/components/esp32-camera" ]; then
  git clone --depth 1 --branch "$CAMERA_REF" https://github.com/espressif/esp32-camera "$IDF/components/esp32-camera"
  rm -f "$IDF/components/esp32-camera/idf_component.yml"   # IDF as a library has no component manager
fi
python3 - "$NFI/CMake/binutils.ESP32.cmake" <<'PY'
import sys
p = sys.argv[1]; s = open(p, newline='').read()
if 'esp32-camera' not in s:
    nl = '\r\n' if '\r\n' in s else '\n'
    for old, new in (('        littlefs' + nl + '    )', '        littlefs' + nl + '        esp32-camera' + nl + '        esp_driver_i2s' + nl + '    )'),
                     ('        idf::littlefs' + nl + '    )', '        idf::littlefs' + nl + '        idf::esp32-camera' + nl + '        idf::esp_driver_i2s' + nl + '    )')):
        assert s.count(old) == 1, old
        s = s.replace(old, new)
    open(p, 'w', newline='').write(s)
PY
echo "2 esp32-camera $CAMERA_REF in $IDF/components, linked by CMake/binutils.ESP32.cmake"

cat "$NFI/targets/ESP32/_IDF/$defaults" "$HERE/sdkconfig.bwc" > "$NFI/targets/ESP32/_IDF/sdkconfig.bwc.$series"
echo "3 targets/ESP32/_IDF/sdkconfig.bwc.$series"

mkdir -p "$NFI/config"
printf 'CONFIG_SDK_CONFIG_FILE="sdkconfig.bwc.%s"\n' "$series" > "$NFI/config/bwc-kconfig.conf"
echo "4 config/bwc-kconfig.conf"
cat <<NEXT
then, in $NFI:
  cmake --preset $TARGET -DNF_INTEROP_ASSEMBLIES=BwcFirmware.NativeMedia -DBWC_FIRMWARE_ROOT=$REPO -DNF_USER_KCONFIG_OVERLAY=config/bwc-kconfig.conf
  cmake --build --preset $TARGET
  python3 $HERE/check-partitions.py targets/ESP32/_IDF/$series/partitions_nanoclr_<flash>.csv build/nanoCLR.bin
NEXT
