#!/usr/bin/env bash
# Runs every host test (portable code on net10.0, the device-profile build and its metadata checks,
# the reference station, ffprobe, the native media path's C tests) and ends with the plain line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

results=artifacts/test-results
rm -rf "$results"

# The native media path (Drivers/NativeMedia): its C tests under AddressSanitizer + UndefinedBehaviorSanitizer,
# then built 32-bit (int, long and pointers as on the ESP32), and the host library the .NET tests call.
native_passed=0
native_failed=0
native_status=0
bash Drivers/NativeMedia/build.sh host >/dev/null || { echo "native: host library build failed"; native_status=1; }
for variant in sanitize m32; do
  if ! output=$(bash Drivers/NativeMedia/build.sh "$variant" test 2>&1); then
    native_status=1
  fi
  echo "$output" | grep -E '^\[  (PASSED|FAILED)  \]|ERROR|LINE|native:' | sed "s/^/native $variant: /"
  p=$(grep -oE '^\[  PASSED  \] [0-9]+' <<<"$output" | awk '{s += $4} END {print s + 0}')
  f=$(grep -oE '^\[  FAILED  \] [0-9]+ test' <<<"$output" | awk '{s += $4} END {print s + 0}')
  native_passed=$((native_passed + p))
  native_failed=$((native_failed + f))
  if [ "$p" -eq 0 ]; then native_status=1; fi
done
# One line per finished test shows progress; the closing count comes from the trx files.
dotnet test BwcFirmware.Host.slnf --configuration Release --logger "console;verbosity=normal" --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

passed=$((passed + native_passed))
failed=$((failed + native_failed))
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$native_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
