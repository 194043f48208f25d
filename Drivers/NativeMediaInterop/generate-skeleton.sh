#!/usr/bin/env bash
# Regenerates the interop glue of BwcFirmware.NativeMedia with nanoFramework's MetadataProcessor (its skeleton
# generator, through the nanoCLR kit's interop-skeleton.sh): builds this folder's C# against nanoFramework's
# mscorlib, converts it to .pe and writes the generated files (method table + native checksum, marshalling
# stubs, headers) to OUT (default: native/generated, the copy the image builds use). Run it after any change to
# a method of the assembly (the checksum covers them all), then rebuild the image.
# Usage: NF_KIT=<kit work folder> [NANOCLR_KIT=<kit>] bash generate-skeleton.sh [OUT]
# Leaves BwcFirmware.NativeMedia.dll/.pe in $NF_KIT/bwc-interop/pe. Exit 0 with "generated: ..." lines.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
NF=${NF_KIT:?set NF_KIT to the nanoCLR kit work folder (setup-tools.sh filled it)}
NF=$(cd "$NF" && pwd) && export NF_KIT=$NF
KIT=${NANOCLR_KIT:-}
for k in "$KIT" "$REPO/../shared/nanoclr" "$REPO/../../shared/nanoclr"; do
  [ -n "$k" ] && [ -f "$k/interop-skeleton.sh" ] && { KIT=$(cd "$k" && pwd); break; }
done
[ -f "$KIT/interop-skeleton.sh" ] || { echo "nanoCLR kit not found: set NANOCLR_KIT" >&2; exit 2; }
OUT=${1:-$HERE/native/generated}
W=$NF/bwc-interop
rm -rf "$W/managed" "$W/skeleton" && mkdir -p "$W/managed" "$W/pe" "$W/skeleton" "$OUT"
cat > "$W/managed/BwcFirmware.NativeMedia.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="\$(NF_KIT)/dev/nfdev.props" />
  <PropertyGroup><AssemblyName>BwcFirmware.NativeMedia</AssemblyName><OutputType>Library</OutputType></PropertyGroup>
  <ItemGroup><Compile Include="$HERE/*.cs;$HERE/Properties/*.cs" /></ItemGroup>
</Project>
PROJ
dotnet build "$W/managed/BwcFirmware.NativeMedia.csproj" -c Release -o "$W/managed/out" > "$W/managed/build.log" 2>&1 \
  || { grep -E "error" "$W/managed/build.log" | sort -u | head; echo "build failed: $W/managed/build.log" >&2; exit 1; }
cp "$W/managed/out/BwcFirmware.NativeMedia.dll" "$W/pe/"
bash "$KIT/interop-skeleton.sh" "$W/pe/BwcFirmware.NativeMedia.dll" "$W/skeleton" > "$W/skeleton.log" 2>&1 \
  || { tail -5 "$W/skeleton.log"; exit 1; }
for f in "$W/skeleton/BwcFirmware.NativeMedia"/*; do
  case "$(basename "$f")" in
    *_NativeMediaRecorder.cpp|*.new) ;;   # the bodies are hand-written: native/ keeps them
    *) cp "$f" "$OUT/"; echo "generated: $OUT/$(basename "$f")" ;;
  esac
done
grep -E "^BwcFirmware.NativeMedia.pe:" "$W/skeleton.log"
