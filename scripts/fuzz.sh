#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every probe parser's libFuzzer target for SECONDS each (default 30).
# Configures build/fuzz with clang, the whole tree instrumented for coverage
# (-fsanitize=fuzzer-no-link) and AddressSanitizer + UBSan; each run starts
# from the target's seed corpus (tests/fuzz/corpus/<probe>/, read-only) and
# keeps what it learns in build/fuzz/corpus/<probe>/. Exits non-zero on the
# first crash, leak, sanitizer report or broken invariant.
set -eu

seconds=${1:-30}
case $seconds in
    ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 64 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
build=${MAILHA_FUZZ_BUILD_DIR:-$root/build/fuzz}
probes="postfix postgres mysql drbd pacemaker keepalived dovecot haproxy host"

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link \
    -DMAILHA_SANITIZE=address,undefined \
    -DMAILHA_FUZZ=ON -DMAILHA_BUILD_BENCH=OFF -DMAILHA_BUILD_TESTS=ON
targets=""
for p in $probes; do targets="$targets fuzz_$p"; done
# shellcheck disable=SC2086
cmake --build "$build" --target $targets

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
for p in $probes; do
    work="$build/corpus/$p"
    mkdir -p "$work" "$build/crashes/$p"
    echo "== fuzz_$p for ${seconds}s"
    "$build/tests/fuzz/fuzz_$p" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -artifact_prefix="$build/crashes/$p/" "$work" "$root/tests/fuzz/corpus/$p"
done
echo "all fuzz targets ran ${seconds}s without a finding"
