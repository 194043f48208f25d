#!/usr/bin/env bash
# Builds the native media path into artifacts/native/<variant> and, with "test", runs its C tests.
#   host      Release shared library for P/Invoke (artifacts/native/host/libnativemedia_host.so) and nm_bench
#   sanitize  Debug, AddressSanitizer + UndefinedBehaviorSanitizer, with the tests
#   m32       Release, 32-bit (-m32), with the tests (through qemu-i386 where the kernel runs no 32-bit code)
set -euo pipefail
cd "$(dirname "$0")/../.."
variant=${1:-host}
build=artifacts/native/$variant
case "$variant" in
  host) options=(-DCMAKE_BUILD_TYPE=Release -DNM_BENCH=ON) ;;
  sanitize) options=(-DCMAKE_BUILD_TYPE=Debug -DNM_TESTS=ON -DNM_SANITIZE=ON) ;;
  m32) options=(-DCMAKE_BUILD_TYPE=Release -DNM_TESTS=ON -DNM_M32=ON) ;;
  *) echo "native: unknown variant '$variant' (host, sanitize, m32)" >&2; exit 2 ;;
esac
cmake -S Drivers/NativeMedia -B "$build" "${options[@]}" >/dev/null
cmake --build "$build" -j2 >/dev/null
if [ "${2:-}" = test ]; then
  runner=()
  if [ "$variant" = m32 ] && ! /lib/ld-linux.so.2 --help >/dev/null 2>&1; then
    runner=(qemu-i386)
  fi
  "${runner[@]}" "$build/nm_tests"
fi
