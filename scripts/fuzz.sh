#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the libFuzzer targets (tests/fuzz/) for SECONDS each (default 30):
#   scripts/fuzz.sh [SECONDS] [TARGET...]      all targets when none is named
#   scripts/fuzz.sh 20                         what CI runs
#   scripts/fuzz.sh 3600 recording journal     a long run of two targets
#
# Configures $MAILHA_FUZZ_BUILD_DIR (default build/fuzz) with clang, the whole
# tree instrumented for coverage (-fsanitize=fuzzer-no-link) and AddressSanitizer
# + UBSan, builds only the fuzz_* executables and runs MAILHA_FUZZ_JOBS of them
# at a time (default 2). Each run starts from the target's seed corpus
# (tests/fuzz/corpus/<target>/, read-only) and keeps what it learns in
# <build>/corpus/<target>/. Exits non-zero if any target crashed, leaked, hit a
# sanitizer report, a timeout or a broken invariant; the input is saved under
# <build>/crashes/<target>/. Fix the bug, then copy that input to
# tests/fuzz/regressions/<target>/ under a name saying what it pinned:
# tst_fuzzregressions replays it in every normal build.
set -euo pipefail

seconds=${1:-30}
case $seconds in
    ''|*[!0-9]*) echo "usage: $0 [SECONDS] [TARGET...]" >&2; exit 64 ;;
esac
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MAILHA_FUZZ_BUILD_DIR:-$root/build/fuzz}
jobs=${MAILHA_FUZZ_JOBS:-2}
all="postfix postgres mysql drbd pacemaker keepalived dovecot haproxy host clusterfile runbook scenario recording journal"
targets=${*:-$all}
for t in $targets; do
    case " $all " in *" $t "*) ;; *) echo "$0: unknown target '$t' (known: $all)" >&2; exit 64 ;; esac
done

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$root" -B "$build" -G Ninja "${launcher[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link \
    -DMAILHA_SANITIZE=address,undefined \
    -DMAILHA_FUZZ=ON -DMAILHA_BUILD_BENCH=OFF -DMAILHA_BUILD_TESTS=ON >/dev/null
build_targets=()
for t in $targets; do build_targets+=("fuzz_$t"); done
cmake --build "$build" --target "${build_targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen

# One target: its log in <build>/logs/<target>.log, a line with the verdict.
fuzz_one() {
    local t=$1 work=$build/corpus/$1 crashes=$build/crashes/$1 log=$build/logs/$1.log
    mkdir -p "$work" "$crashes" "$build/logs"
    if "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -close_fd_mask=1 -artifact_prefix="$crashes/" \
        "$work" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1; then
        echo "ok    fuzz_$t: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs," \
             "$(find "$work" -type f | wc -l) corpus files"
    else
        echo "FAIL  fuzz_$t: see $log; inputs in $crashes/"
        tail -n 40 "$log" | sed "s/^/  fuzz_$t| /"
        return 1
    fi
}
export -f fuzz_one
export build root seconds

echo "== fuzzing $(wc -w <<<"$targets") targets for ${seconds}s each, $jobs at a time"
failed=0
# shellcheck disable=SC2086
printf '%s\n' $targets | xargs -P "$jobs" -I{} bash -c 'fuzz_one "$1"' _ {} || failed=1
if [ $failed -ne 0 ]; then
    echo "fuzzing found a problem (see above)" >&2
    exit 1
fi
echo "all fuzz targets ran ${seconds}s without a finding"
