#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds and tests under the sanitizers (CMakePresets.json):
#   scripts/sanitizers.sh asan   the whole tree and the whole CTest suite with
#                                AddressSanitizer + UBSan + LeakSanitizer
#   scripts/sanitizers.sh tsan   the multithreaded tests (transport, state store,
#                                lab SSH server, journal, runbooks) with ThreadSanitizer
#   scripts/sanitizers.sh all    both (the default)
#
# Build directories: $MAILHA_ASAN_BUILD_DIR / $MAILHA_TSAN_BUILD_DIR (default
# build/asan and build/tsan, as the presets). Any sanitizer report fails the
# test that raised it, and so the script. Suppressions live in
# tests/sanitizers/, third-party code only, each with its reason.
set -euo pipefail

mode=${1:-all}
case $mode in
    asan|tsan|all) ;;
    *) echo "usage: $0 [asan|tsan|all]" >&2; exit 64 ;;
esac
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
supp=$root/tests/sanitizers
jobs=${MAILHA_JOBS:-$(nproc)}
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi

# The tests that run threads: SSH transport, the cluster state store, the lab's
# SSH server and trainee daemon, the journal (appends from runbook workers) and
# runbooks run by workers on the lab.
tsan_tests=(tst_sshsession tst_sshsource tst_mailhactl_ssh tst_sshpostgres
            tst_derive tst_clusterstate tst_clusterfile
            tst_labsshserver tst_labd_trainee tst_journal tst_labrunbooks)

say() { printf '==> %s\n' "$*" >&2; }

run_asan() {
    local build=${MAILHA_ASAN_BUILD_DIR:-$root/build/asan}
    say "asan: configure and build $build"
    cmake --preset asan -S "$root" -B "$build" "${launcher[@]}" >/dev/null
    cmake --build "$build" -j "$jobs"
    say "asan: the whole test suite"
    ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1" \
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp" \
    LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
    QT_QPA_PLATFORM=offscreen \
        ctest --test-dir "$build" -j "$jobs" --output-on-failure --timeout 900
}

run_tsan() {
    local build=${MAILHA_TSAN_BUILD_DIR:-$root/build/tsan}
    say "tsan: configure and build the threaded tests in $build"
    cmake --preset tsan -S "$root" -B "$build" "${launcher[@]}" >/dev/null
    local present=()
    for t in "${tsan_tests[@]}"; do
        if ninja -C "$build" -t query "$t" >/dev/null 2>&1; then present+=("$t"); else say "tsan: no test $t in this tree"; fi
    done
    cmake --build "$build" -j "$jobs" --target "${present[@]}"
    local regex
    regex="^($(IFS='|'; echo "${present[*]}"))\$"
    say "tsan: ${#present[@]} tests"
    # die_after_fork=0: the tests fork (libssh's ProxyCommand, QProcess) and the
    # child execs at once; ThreadSanitizer cannot follow a forked child of a
    # multithreaded process and would kill it.
    # The event-loop stall rule (50 ms) at TSan's speed: checked at full speed
    # by the normal build.
    MAILHA_TEST_TIME_SCALE=10 \
    TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:suppressions=$supp/tsan.supp" \
    QT_QPA_PLATFORM=offscreen \
        ctest --test-dir "$build" -j "$jobs" --output-on-failure --timeout 900 -R "$regex"
}

case $mode in
    asan) run_asan ;;
    tsan) run_tsan ;;
    all) run_asan; run_tsan ;;
esac
