#!/usr/bin/env bash
# The native media path inside nanoFramework's real interpreter (nanoCLR POSIX), through the interop assembly
# BwcFirmware.NativeMedia, against the managed engine on .NET for the same shift (README.md):
#   1 the generated glue in Drivers/NativeMediaInterop/native/generated is what MetadataProcessor writes today
#   2 nanoCLR built with the assembly compiled in (the glue, the hand-written bodies, the service with its posix
#     backend, Drivers/NativeMedia's C sources; libmbedcrypto for the SHA-256)
#   3 the app (App/Program.cs + InteropShift.cs) records the shift through the interop into a folder
#   4 the managed engine records the same shift on .NET (InteropShiftTests, which also writes its chunks out)
#   5 every chunk file is compared byte for byte, and the SHA-256 the native side reported with the file's own
#   6 the same shift through the device engine (Drivers/NativeMediaEngine's NativeFramePath, the IFramePath the media
#     store drives, over the interop; Shared converted to .pe), into a second folder
#   7 as 5 for that folder and the hashes the engine reported
# Ends with "PASS" (exit 0) or "FAIL: <why>" (exit 1). CI cannot run it (no nanoCLR sources there).
# The check can fail: BWC_TEST_PATTERN_FLIP_FRAME=20 makes the native test-pattern camera flip one bit of frame 20
# (native/posix/bwc_media_posix.c), and the run must then end "FAIL: native and managed chunks differ".
# Usage: NF_KIT=<kit work folder> [NF_MIRROR=<mirrors>] [NANOCLR_KIT=<kit>] bash Tests/NativeMediaInterop/run-on-nanoclr.sh
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
NF=${NF_KIT:?set NF_KIT to the nanoCLR kit work folder (setup-tools.sh filled it)}
NF=$(cd "$NF" && pwd) && export NF_KIT=$NF
KIT=${NANOCLR_KIT:-}
for k in "$KIT" "$REPO/../shared/nanoclr" "$REPO/../../shared/nanoclr"; do
  [ -n "$k" ] && [ -f "$k/build-nanoclr-interop.sh" ] && { KIT=$(cd "$k" && pwd); break; }
done
fail() { echo "FAIL: $*"; exit 1; }
[ -f "$KIT/build-nanoclr-interop.sh" ] || fail "nanoCLR kit not found: set NANOCLR_KIT"
[ -f /usr/include/mbedtls/sha256.h ] || fail "libmbedtls-dev missing (bash .ci/setup-machine)"
CL=${NUGET_PACKAGES:-$HOME/.nuget/packages}/nanoframework.corelibrary/1.17.11/lib
MDP="dotnet $NF/mdp/nanoFramework.Tools.MetadataProcessor.dll"
W=$NF/bwc-interop
LOG=$W/logs
ASM=BwcFirmware.NativeMedia
NATIVE=$REPO/Drivers/NativeMediaInterop/native
mkdir -p "$LOG"

echo "== 1 glue: MetadataProcessor skeleton vs native/generated"
rm -rf "$W/fresh"
NANOCLR_KIT=$KIT bash "$REPO/Drivers/NativeMediaInterop/generate-skeleton.sh" "$W/fresh" > "$LOG/skeleton.log" 2>&1 \
  || { tail -5 "$LOG/skeleton.log"; fail "generate-skeleton.sh, see $LOG/skeleton.log"; }
grep "\.pe:" "$LOG/skeleton.log" | sed 's/^/   /'
diff -r "$W/fresh" "$NATIVE/generated" > "$LOG/glue.diff" \
  || fail "native/generated is stale (see $LOG/glue.diff): run Drivers/NativeMediaInterop/generate-skeleton.sh and commit"

echo "== 2 nanoCLR with $ASM (log: $LOG/nanoclr.log)"
ROOT=$W/interop && rm -rf "$ROOT" && mkdir -p "$ROOT/$ASM"
cp "$NATIVE"/generated/* "$NATIVE"/*.cpp "$NATIVE"/*.c "$NATIVE"/*.h "$NATIVE"/posix/*.c "$NATIVE"/posix/*.h "$ROOT/$ASM/"
for f in nm_result nm_stdio_card nm_avi_header nm_avi_writer nm_file_hasher nm_recorder; do
  cp "$REPO/Drivers/NativeMedia/src/$f.c" "$ROOT/$ASM/"
done
cp "$REPO"/Drivers/NativeMedia/include/*.h "$REPO"/Drivers/NativeMedia/src/*.h "$ROOT/$ASM/"
# The posix target links no mbedTLS: add the system's libmbedcrypto to nanoCLR's shared library (kept in the cache).
BUILD=$NF/src/nfi-interop/build/posix
LINK="-Wl,--no-as-needed -lmbedcrypto"
if [ -f "$BUILD/CMakeCache.txt" ]; then
  cmake -B "$BUILD" -DCMAKE_SHARED_LINKER_FLAGS="$LINK" > "$LOG/relink.log" 2>&1 || true
else
  export LDFLAGS="$LINK"
fi
t=$SECONDS
bash "$KIT/build-nanoclr-interop.sh" "$ROOT" "$ASM" > "$LOG/nanoclr.log" 2>&1 \
  || { grep -E "error|FAILED" "$LOG/nanoclr.log" | head; fail "build-nanoclr-interop.sh, see $LOG/nanoclr.log"; }
RUNNER=$(sed -n 's/^runner: //p' "$LOG/nanoclr.log" | tail -1)
[ -x "$RUNNER" ] || fail "no runner at '$RUNNER'"
echo "   $(grep '^native checksum' "$LOG/nanoclr.log") ($((SECONDS - t)) s)"

echo "== 3 the shift on nanoCLR through the interop"
[ -n "${BWC_TEST_PATTERN_FLIP_FRAME:-}" ] \
  && echo "   BWC_TEST_PATTERN_FLIP_FRAME=$BWC_TEST_PATTERN_FLIP_FRAME: the native camera flips one bit of that frame (must FAIL)"
A=$W/app && rm -rf "$A" && mkdir -p "$A/pe" "$A/card"
cat > "$A/InteropCheck.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="\$(NF_KIT)/dev/nfdev.props" />
  <PropertyGroup><AssemblyName>InteropCheck</AssemblyName><OutputType>Exe</OutputType></PropertyGroup>
  <ItemGroup>
    <Compile Include="$HERE/App/*.cs;$HERE/InteropShiftConfig.cs;$REPO/Tests/BwcFirmware.Tests/NativeMediaInterop/InteropShift.cs" />
    <Reference Include="$ASM"><HintPath>$W/pe/$ASM.dll</HintPath></Reference>
  </ItemGroup>
</Project>
PROJ
dotnet build "$A/InteropCheck.csproj" -c Release -o "$A/out" > "$LOG/app.log" 2>&1 \
  || { grep -E "error" "$LOG/app.log" | sort -u | head; fail "app build, see $LOG/app.log"; }
cp "$CL/mscorlib.pe" "$W/pe/$ASM.pe" "$A/out/InteropCheck.dll" "$A/pe/"
(cd "$A/pe" && $MDP -loadHints mscorlib "$CL/mscorlib.dll" -loadHints "$ASM" "$W/pe/$ASM.dll" \
   -parse InteropCheck.dll -compile InteropCheck.pe false) > "$LOG/mdp-app.log" 2>&1 && [ -s "$A/pe/InteropCheck.pe" ] \
  || fail "MetadataProcessor on InteropCheck.dll, see $LOG/mdp-app.log"
(cd "$A" && timeout 300 "$RUNNER" pe/mscorlib.pe "pe/$ASM.pe" pe/InteropCheck.pe) > "$LOG/run.log" 2>&1
tr -d '\r' < "$LOG/run.log" | grep -E "^INTEROP|Invalid native checksum|Link failure" | tee "$LOG/run.txt" | sed 's/^/   /'
grep -q "^INTEROP done" "$LOG/run.txt" || fail "the app did not finish (run log: $LOG/run.log)"

echo "== 4 the same shift by the managed engine on .NET"
REF=$W/managed-card && rm -rf "$REF" && mkdir -p "$REF"
BWC_INTEROP_SHIFT_OUT=$REF dotnet test "$REPO/Tests/BwcFirmware.Tests" -c Release \
  --filter "FullyQualifiedName~NativeMediaInterop.InteropShiftTests" > "$LOG/managed.log" 2>&1 \
  || { grep -E "Failed|error" "$LOG/managed.log" | head; fail "managed engine run, see $LOG/managed.log"; }

# compare CARD REPORT PREFIX: every chunk of the managed run against CARD's file and the hash REPORT's PREFIX lines gave.
compare() {
  local card=$1 report=$2 prefix=$3 problems=0 managed native f p m n r
  managed=$(cd "$REF" && find . -name '*.avi' | sort)
  native=$(cd "$card" && find . -name '*.avi' | sort)
  [ -n "$managed" ] || fail "the managed engine wrote no chunk"
  [ "$managed" = "$native" ] || { echo "   chunk files differ: managed [$(echo $managed)] native [$(echo $native)]"; problems=1; }
  for f in $managed; do
    p=${f#./}
    m=$(sha256sum < "$REF/$p" | cut -d' ' -f1)
    n=$( [ -f "$card/$p" ] && sha256sum < "$card/$p" | cut -d' ' -f1)
    r=$(grep -E "^$prefix chunk $p " "$report" | sed -n 's/.*sha256=\([0-9a-f]*\).*/\1/p')
    if [ "$m" = "$n" ] && [ "$n" = "$r" ]; then echo "   same  $p $(stat -c %s "$card/$p") B sha256 ${n:0:16}"
    else echo "   DIFF  $p managed ${m:0:16} native file ${n:0:16} native reported ${r:0:16}"; problems=1; fi
  done
  [ $problems -eq 0 ] || fail "native and managed chunks differ (native card: $card, managed: $REF)"
}

echo "== 5 chunk files through the interop, byte for byte"
compare "$A/card" "$LOG/run.txt" INTEROP

echo "== 6 the same shift through the device engine (NativeFramePath over the interop, Shared's IFramePath) on nanoCLR"
E=$W/engine && rm -rf "$E" && mkdir -p "$E/pe" "$E/card" "$E/shared"
dotnet build "$REPO/Shared/BwcFirmware.Shared.csproj" -f netstandard2.0 -c Release -o "$E/shared" > "$LOG/shared.log" 2>&1 \
  || { grep -E "error" "$LOG/shared.log" | sort -u | head; fail "device-profile build of Shared, see $LOG/shared.log"; }
ENGINE=$REPO/Drivers/NativeMediaEngine
cat > "$E/EngineCheck.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="\$(NF_KIT)/dev/nfdev.props" />
  <PropertyGroup><AssemblyName>EngineCheck</AssemblyName><OutputType>Exe</OutputType></PropertyGroup>
  <ItemGroup>
    <Compile Include="$HERE/EngineApp/*.cs;$HERE/InteropShiftConfig.cs;$REPO/Tests/BwcFirmware.Tests/NativeMediaInterop/InteropShift.cs" />
    <Compile Include="$ENGINE/INativeMediaPort.cs;$ENGINE/InteropPort.cs;$ENGINE/NativeEventKind.cs;$ENGINE/NativeFramePath.cs" />
    <Reference Include="$ASM"><HintPath>$W/pe/$ASM.dll</HintPath></Reference>
    <Reference Include="BwcFirmware.Shared"><HintPath>$E/shared/BwcFirmware.Shared.dll</HintPath></Reference>
  </ItemGroup>
</Project>
PROJ
dotnet build "$E/EngineCheck.csproj" -c Release -o "$E/out" > "$LOG/engine-app.log" 2>&1 \
  || { grep -E "error" "$LOG/engine-app.log" | sort -u | head; fail "engine app build, see $LOG/engine-app.log"; }
cp "$CL/mscorlib.pe" "$W/pe/$ASM.pe" "$E/shared/BwcFirmware.Shared.dll" "$E/out/EngineCheck.dll" "$E/pe/"
HINTS="-loadHints mscorlib $CL/mscorlib.dll -loadHints $ASM $W/pe/$ASM.dll -loadHints BwcFirmware.Shared $E/pe/BwcFirmware.Shared.dll"
for d in BwcFirmware.Shared EngineCheck; do
  (cd "$E/pe" && $MDP $HINTS -parse "$d.dll" -compile "$d.pe" false) > "$LOG/mdp-$d.log" 2>&1 && [ -s "$E/pe/$d.pe" ] \
    || fail "MetadataProcessor on $d.dll, see $LOG/mdp-$d.log"
done
(cd "$E" && timeout 300 "$RUNNER" pe/mscorlib.pe "pe/$ASM.pe" pe/BwcFirmware.Shared.pe pe/EngineCheck.pe) > "$LOG/engine-run.log" 2>&1
tr -d '\r' < "$LOG/engine-run.log" | grep -E "^ENGINE|Invalid native checksum|Link failure" | tee "$LOG/engine-run.txt" | sed 's/^/   /'
grep -q "^ENGINE done" "$LOG/engine-run.txt" || fail "the engine app did not finish (run log: $LOG/engine-run.log)"

echo "== 7 chunk files through the device engine, byte for byte"
compare "$E/card" "$LOG/engine-run.txt" ENGINE
echo "PASS: $(cd "$REF" && find . -name '*.avi' | wc -l) chunks byte-identical through the interop and through the device engine (nanoCLR vs managed engine on .NET)"
